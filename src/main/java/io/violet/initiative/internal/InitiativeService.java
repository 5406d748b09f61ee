package io.violet.initiative.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.VioletSettings;
import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeAdvanced;
import io.violet.initiative.InitiativeCreated;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import io.violet.initiative.StageGate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates initiatives and moves them through their stages. What the thread is told of it
 * is published as facts in the same transaction ({@link InitiativeStored},
 * {@link ProhibitedPracticeFlagged}, {@link StageEntered}); {@code initiative.slack}
 * words them and queues them in the thread's outbox.
 */
@Service
public class InitiativeService {

	private static final Set<Role> PROHIBITED_FLAGGED_TO = Set.of(Role.LEGAL, Role.COMPLIANCE);

	private final InitiativeRepository initiatives;

	private final MessageOutbox outbox;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<StageGate> gate;

	private final VioletSettings settings;

	private final Clock clock;

	InitiativeService(InitiativeRepository initiatives, MessageOutbox outbox, Directory directory, AuditTrail audit,
			ApplicationEventPublisher events, ObjectProvider<StageGate> gate, VioletSettings settings, Clock clock) {
		this.initiatives = initiatives;
		this.outbox = outbox;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.gate = gate;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether initiatives can be created at all.
	 * @return true when the initiatives channel is configured
	 */
	public boolean channelConfigured() {
		return !this.settings.initiativesChannel().isBlank();
	}

	/**
	 * Creates an initiative; its thread, reviews and notifications follow after commit.
	 * @param request what to create (already validated)
	 * @param createdBy who creates it
	 * @return the new initiative
	 */
	@Transactional
	public InitiativeDetails create(NewInitiative request, String createdBy) {
		Initiative initiative = this.initiatives.save(new Initiative(request, createdBy, this.clock.instant()));
		InitiativeDetails details = initiative.details();
		String key = details.key();
		this.audit.record(createdBy, "initiative.created", "initiative:" + key,
				"name \"" + shortened(request.name(), 300) + "\", owner " + request.ownerId() + ", risk "
						+ request.riskTier().key() + ", attributes "
						+ request.attributes().stream().map(Attribute::key).sorted().collect(Collectors.joining(",")));
		this.events.publishEvent(new InitiativeStored(initiative.id(), details));
		if (details.riskTier() == RiskTier.PROHIBITED) {
			flagProhibited(initiative.id(), details, createdBy);
		}
		this.events.publishEvent(new InitiativeCreated(key, createdBy));
		this.outbox.refreshCard(initiative.id());
		// the parent card goes out even when nothing else is said in the thread
		this.outbox.deliverAfterCommit(initiative.id());
		return details;
	}

	private void flagProhibited(long id, InitiativeDetails details, String createdBy) {
		Set<String> recipients = new LinkedHashSet<>();
		List<Role> unowned = new ArrayList<>();
		for (Role role : List.of(Role.LEGAL, Role.COMPLIANCE)) {
			var holders = this.directory.holders(role);
			if (holders.hasOwners()) {
				recipients.addAll(holders.owners());
			}
			else {
				unowned.add(role);
			}
		}
		if (!unowned.isEmpty()) {
			recipients.addAll(this.directory.configuredAdmins());
		}
		this.events
			.publishEvent(new ProhibitedPracticeFlagged(id, details, createdBy, List.copyOf(recipients), unowned));
		this.audit.record(Actor.VIOLET, "initiative.prohibited-flagged", "initiative:" + details.key(),
				"flagged to " + String.join(",", recipients) + " (roles "
						+ PROHIBITED_FLAGGED_TO.stream().map(Role::key).sorted().collect(Collectors.joining(","))
						+ ")");
	}

	/** The text cut to a length, with an ellipsis, never between a surrogate pair. */
	private static String shortened(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int cut = max - 1;
		if (Character.isHighSurrogate(text.charAt(cut - 1))) {
			cut--;
		}
		return text.substring(0, cut) + "…";
	}

	@Transactional(readOnly = true)
	public Optional<InitiativeDetails> find(String key) {
		long id = Initiative.idOf(key);
		return (id < 0) ? Optional.empty() : this.initiatives.findById(id).map(Initiative::details);
	}

	@Transactional(readOnly = true)
	public List<InitiativeDetails> active() {
		return this.initiatives.findByStageNotOrderByIdDesc(Stage.RETIRED).stream().map(Initiative::details).toList();
	}

	@Transactional(readOnly = true)
	public List<InitiativeDetails> ownedBy(String userId) {
		return this.initiatives.findByOwnerIdOrderByIdDesc(userId).stream().map(Initiative::details).toList();
	}

	/**
	 * Moves an initiative one stage on, if the actor may and the gate allows.
	 * @param key the initiative's key
	 * @param actor who asks
	 * @return what happened
	 */
	@Transactional
	public Advance advance(String key, String actor) {
		long id = Initiative.idOf(key);
		Optional<Initiative> found = (id < 0) ? Optional.empty() : this.initiatives.findById(id);
		if (found.isEmpty()) {
			return new Advance(Advance.Outcome.UNKNOWN, null, null, List.of(), null);
		}
		Initiative initiative = found.get();
		InitiativeDetails before = initiative.details();
		if (!actor.equals(initiative.ownerId()) && !this.directory.isAdmin(actor)) {
			return new Advance(Advance.Outcome.NOT_ALLOWED, before.stage(), null, List.of(), before);
		}
		Optional<Stage> next = initiative.stage().next();
		if (next.isEmpty()) {
			return new Advance(Advance.Outcome.FINAL, before.stage(), null, List.of(), before);
		}
		if (initiative.riskTier() == RiskTier.PROHIBITED) {
			return new Advance(Advance.Outcome.PROHIBITED, before.stage(), next.get(), List.of(), before);
		}
		List<String> missing = StageGate.missingApprovals(this.gate.orderedStream().toList(), before, next.get());
		if (!missing.isEmpty()) {
			this.audit.record(actor, "initiative.advance-refused", "initiative:" + before.key(),
					"to " + next.get().key() + ": " + missing.size() + " approvals or blockers missing");
			return new Advance(Advance.Outcome.GATED, before.stage(), next.get(), missing, before);
		}
		initiative.enter(next.get(), this.clock.instant());
		this.audit.record(actor, "initiative.advanced", "initiative:" + before.key(),
				before.stage().key() + " -> " + next.get().key());
		this.events.publishEvent(new StageEntered(initiative.id(), before, next.get(), actor));
		this.outbox.refreshCard(initiative.id());
		this.events.publishEvent(new InitiativeAdvanced(before.key(), before.stage(), next.get(), actor));
		return new Advance(Advance.Outcome.ADVANCED, before.stage(), next.get(), List.of(), initiative.details());
	}

	/**
	 * What an advance did.
	 *
	 * @param outcome what happened
	 * @param from the stage before
	 * @param to the stage asked for or entered
	 * @param missing missing approvals when gated
	 * @param initiative the initiative (after the change), null when unknown
	 */
	public record Advance(Outcome outcome, @org.jspecify.annotations.Nullable Stage from,
			@org.jspecify.annotations.Nullable Stage to, List<String> missing,
			@org.jspecify.annotations.Nullable InitiativeDetails initiative) {

		public enum Outcome {

			ADVANCED, UNKNOWN, NOT_ALLOWED, FINAL, PROHIBITED, GATED

		}

	}

}
