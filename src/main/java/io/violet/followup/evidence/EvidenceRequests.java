package io.violet.followup.evidence;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.followup.internal.FollowUpAccess;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes requests for evidence packs: admins, compliance and legal owners and backups, and
 * the initiative's owner may ask. Each request is audited and announced as
 * {@link Requested}; the Slack side builds and delivers the pack after commit.
 */
@Service
public class EvidenceRequests {

	private static final Set<Role> MAY_EXPORT = Set.of(Role.COMPLIANCE, Role.LEGAL);

	private final InitiativeCatalog initiatives;

	private final FollowUpAccess access;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceRequests(InitiativeCatalog initiatives, FollowUpAccess access, Directory directory, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.initiatives = initiatives;
		this.access = access;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Asks for an initiative's evidence pack.
	 * @param initiativeKey the key as typed
	 * @param userId who asks
	 * @return what happened
	 */
	@Transactional
	public Outcome request(String initiativeKey, String userId) {
		Outcome checked = check(initiativeKey, userId);
		if (checked.kind() != Outcome.Kind.REQUESTED) {
			return checked;
		}
		InitiativeSummary initiative = java.util.Objects.requireNonNull(checked.initiative());
		EvidenceRequest request = new EvidenceRequest(initiative.key(), userId, this.clock.instant());
		this.audit.record(userId, "evidence.exported", "initiative:" + initiative.key(),
				"evidence pack for " + userId + " at " + request.requestedAt() + ", delivered by direct message");
		this.events.publishEvent(new Requested(request));
		return new Outcome(Outcome.Kind.REQUESTED, initiative);
	}

	/**
	 * Whether a request would be taken, without taking it (so that a caller can count
	 * only requests that would go ahead against a per-person limit).
	 * @param initiativeKey the key as typed
	 * @param userId who asks
	 * @return {@code REQUESTED} when it would be, or why not
	 */
	@Transactional(readOnly = true)
	public Outcome check(String initiativeKey, String userId) {
		Optional<InitiativeSummary> found = this.initiatives.find(initiativeKey);
		if (found.isEmpty()) {
			return new Outcome(Outcome.Kind.UNKNOWN, null);
		}
		InitiativeSummary initiative = found.get();
		if (!initiative.ownerId().equals(userId) && !this.access.isAdmin(userId)
				&& !this.directory.holdsAny(userId, MAY_EXPORT)) {
			return new Outcome(Outcome.Kind.NOT_ALLOWED, initiative);
		}
		return new Outcome(Outcome.Kind.REQUESTED, initiative);
	}

	/**
	 * An evidence pack is to be built and delivered.
	 *
	 * @param request the request
	 */
	public record Requested(EvidenceRequest request) {

	}

	/**
	 * What asking came to.
	 *
	 * @param kind what happened
	 * @param initiative the initiative, null when unknown
	 */
	public record Outcome(Kind kind, @org.jspecify.annotations.Nullable InitiativeSummary initiative) {

		public enum Kind {

			REQUESTED, UNKNOWN, NOT_ALLOWED

		}

	}

}
