package io.violet.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpChange;
import io.violet.followup.FollowUpChange.Outcome;
import io.violet.followup.FollowUpClosed;
import io.violet.followup.FollowUpCreated;
import io.violet.followup.FollowUpReopened;
import io.violet.followup.FollowUpSource;
import io.violet.followup.NewFollowUp;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.Incidents;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.Initiatives;
import io.violet.teaming.Resolution;
import io.violet.teaming.Teaming;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates follow-ups and applies what people (and trackers) do to them. Every change is
 * audited; the incident's post-mortem, the initiative's card, the owner's direct messages
 * and the tracker follow through after commit.
 */
@Service
public class FollowUpService {

	private final FollowUpRepository items;

	private final FollowUpAccess access;

	private final IncidentQueries incidents;

	private final Incidents incidentService;

	private final Initiatives initiatives;

	private final Teaming teaming;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	private final FollowUpSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	FollowUpService(FollowUpRepository items, FollowUpAccess access, IncidentQueries incidents,
			Incidents incidentService, Initiatives initiatives, Teaming teaming, AuditTrail audit,
			ApplicationEventPublisher events, BusinessCalendar calendar, FollowUpSettings settings,
			VioletSettings violet, Clock clock) {
		this.teaming = teaming;
		this.items = items;
		this.access = access;
		this.incidents = incidents;
		this.incidentService = incidentService;
		this.initiatives = initiatives;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
	}

	/**
	 * Creates a follow-up; the same source key again returns the one it created.
	 * @param request what to create
	 * @return what happened
	 */
	@Transactional
	public FollowUpChange create(NewFollowUp request) {
		Optional<FollowUpItem> earlier = this.items.findBySourceKey(request.sourceKey());
		if (earlier.isPresent()) {
			return new FollowUpChange(Outcome.ALREADY_CREATED, earlier.get().view());
		}
		String text = request.text().strip();
		if (text.isEmpty()) {
			return FollowUpChange.of(Outcome.NO_TEXT);
		}
		if (text.length() > FollowUpItem.TEXT_MAX) {
			return FollowUpChange.of(Outcome.TEXT_TOO_LONG);
		}
		// a date typed now must lie ahead; one carried over from a finding is kept as
		// given
		boolean typedNow = request.source() == FollowUpSource.MANUAL || request.source() == FollowUpSource.INCIDENT;
		if (typedNow && request.due() != null && request.due().isBefore(today())) {
			return FollowUpChange.of(Outcome.DUE_IN_THE_PAST);
		}
		if (!this.access.reachable(request.ownerId())) {
			return FollowUpChange.of(Outcome.OWNER_UNREACHABLE);
		}
		String initiativeKey = null;
		if (request.initiativeKey() != null) {
			Optional<InitiativeSummary> initiative = this.initiatives.find(request.initiativeKey());
			if (initiative.isEmpty()) {
				return FollowUpChange.of(Outcome.UNKNOWN_INITIATIVE);
			}
			initiativeKey = initiative.get().key();
		}
		boolean privateIncident = false;
		if (request.incidentId() != null) {
			Incident incident = this.incidents.byId(request.incidentId())
				.orElseThrow(() -> new IllegalArgumentException("No incident " + request.incidentId()));
			privateIncident = incident.privateRoom();
			if (privateIncident && !this.incidents.inRoom(incident.id(), request.ownerId())) {
				return FollowUpChange.of(Outcome.OWNER_NOT_IN_ROOM);
			}
			if (initiativeKey == null) {
				initiativeKey = incident.initiativeKey().orElse(null);
			}
		}
		if (initiativeKey == null && request.incidentId() == null) {
			return FollowUpChange.of(Outcome.NO_PARENT);
		}
		FollowUpItem item = this.items.save(new FollowUpItem(text, request.ownerId(), request.severity(), request.due(),
				request.source(), request.sourceKey(), request.origin(), request.incidentId(), privateIncident,
				initiativeKey, request.createdBy(), this.clock.instant()));
		this.audit.record(request.createdBy(), "followup.created", subject(item),
				"owner " + item.ownerId() + ", severity " + item.severity().key()
						+ ((item.dueOn() != null) ? ", due " + item.dueOn() : "") + ", from "
						+ request.source().name().toLowerCase(java.util.Locale.ROOT)
						+ ((item.incidentId() != null) ? ", incident " + item.incidentId() : "")
						+ ((item.initiativeKey() != null) ? ", initiative " + item.initiativeKey() : ""));
		this.events.publishEvent(new FollowUpCreated(item.key(), item.source()));
		this.events.publishEvent(new FollowUpEvents.Assigned(item.id(), item.ownerId(), item.assignedAt()));
		changed(item);
		return new FollowUpChange(Outcome.CREATED, item.view());
	}

	/**
	 * Marks a follow-up done.
	 * @param key e.g. {@code F-12}
	 * @param by who
	 * @param note what was done, or null
	 * @return what happened
	 */
	@Transactional
	public FollowUpChange markDone(String key, String by, @Nullable String note) {
		return change(key, by, (item) -> {
			if (item.done()) {
				return Outcome.UNCHANGED;
			}
			String cut = (note == null || note.isBlank()) ? null : cut(note.strip());
			if (item.source() == FollowUpSource.FINDING) {
				Outcome settled = resolveFinding(item, by, cut);
				if (settled != Outcome.DONE) {
					return settled;
				}
			}
			item.close(by, cut, this.clock.instant());
			this.audit.record(by, "followup.done", subject(item), cut);
			this.events.publishEvent(new FollowUpClosed(item.key(), by));
			return Outcome.DONE;
		});
	}

	/**
	 * A finding's follow-up is done when the finding is resolved: the teaming module
	 * resolves it (its owner and admins may, with a mitigation note), announces it, and
	 * this follow-up closes with it.
	 */
	private Outcome resolveFinding(FollowUpItem item, String by, @Nullable String note) {
		String[] parts = item.sourceKey().split(":");
		if (parts.length != 3 || !parts[2].chars().allMatch(Character::isDigit)) {
			return Outcome.DONE;
		}
		if (note == null) {
			return Outcome.NOTE_NEEDED;
		}
		Resolution resolution = this.teaming.resolve(parts[1], Integer.parseInt(parts[2]), by, note);
		return switch (resolution.outcome()) {
			case RESOLVED, ALREADY_RESOLVED, UNKNOWN -> Outcome.DONE;
			case NOT_ALLOWED -> Outcome.NOT_ALLOWED;
			case INVALID -> Outcome.NOTE_NEEDED;
		};
	}

	/**
	 * Opens a done follow-up again.
	 * @param key the key
	 * @param by who
	 * @return what happened
	 */
	@Transactional
	public FollowUpChange reopen(String key, String by) {
		return change(key, by, (item) -> {
			if (!item.done()) {
				return Outcome.UNCHANGED;
			}
			item.reopen();
			this.audit.record(by, "followup.reopened", subject(item), null);
			this.events.publishEvent(new FollowUpReopened(item.key(), by));
			return Outcome.REOPENED;
		});
	}

	/**
	 * Gives a follow-up to someone else, who is told.
	 * @param key the key
	 * @param ownerId the new owner
	 * @param by who
	 * @return what happened
	 */
	@Transactional
	public FollowUpChange reassign(String key, String ownerId, String by) {
		return change(key, by, (item) -> {
			if (item.ownerId().equals(ownerId)) {
				return Outcome.UNCHANGED;
			}
			if (!this.access.reachable(ownerId)) {
				return Outcome.OWNER_UNREACHABLE;
			}
			if (item.privateIncident() && item.incidentId() != null
					&& !this.incidents.inRoom(item.incidentId(), ownerId)) {
				return Outcome.OWNER_NOT_IN_ROOM;
			}
			String before = item.ownerId();
			item.reassign(ownerId, this.clock.instant());
			this.audit.record(by, "followup.reassigned", subject(item), before + " -> " + ownerId);
			this.events.publishEvent(new FollowUpEvents.Assigned(item.id(), item.ownerId(), item.assignedAt()));
			return Outcome.REASSIGNED;
		});
	}

	/**
	 * Moves a follow-up's due date.
	 * @param key the key
	 * @param due the new date
	 * @param by who
	 * @return what happened
	 */
	@Transactional
	public FollowUpChange changeDue(String key, LocalDate due, String by) {
		return change(key, by, (item) -> {
			if (due.equals(item.dueOn())) {
				return Outcome.UNCHANGED;
			}
			if (due.isBefore(today())) {
				return Outcome.DUE_IN_THE_PAST;
			}
			LocalDate before = item.dueOn();
			item.changeDue(due);
			this.audit.record(by, "followup.due-changed", subject(item),
					((before != null) ? before.toString() : "none") + " -> " + due);
			return Outcome.DUE_CHANGED;
		});
	}

	/**
	 * Postpones the owner's reminders by the configured business days.
	 * @param key the key
	 * @param by who
	 * @return what happened; the follow-up carries no snooze time, {@link #snoozedUntil}
	 * tells it
	 */
	@Transactional
	public FollowUpChange snooze(String key, String by) {
		return change(key, by, (item) -> {
			if (item.done()) {
				return Outcome.UNCHANGED;
			}
			ZoneId zone = this.violet.timezone();
			Instant until = this.calendar.plusBusinessDays(this.clock.instant(), this.settings.snoozeDays(), zone);
			item.snoozeUntil(until);
			this.audit.record(by, "followup.snoozed", subject(item), "until " + until);
			return Outcome.SNOOZED;
		});
	}

	/**
	 * Until when a follow-up's reminders are postponed.
	 * @param key the key
	 * @return the time, empty when not snoozed
	 */
	@Transactional(readOnly = true)
	public Optional<Instant> snoozedUntil(String key) {
		long id = FollowUp.idOf(key);
		return (id < 0) ? Optional.empty() : this.items.findById(id).map(FollowUpItem::snoozedUntil);
	}

	/**
	 * Closes a follow-up because what it came from was settled elsewhere (a finding
	 * resolved, a review approved), if it is open.
	 * @param sourceKey the source key it was created with
	 * @param by who settled it
	 * @param note why
	 * @return whether it was closed now
	 */
	@Transactional
	public boolean closeBySource(String sourceKey, String by, String note) {
		Optional<FollowUpItem> found = this.items.findBySourceKey(sourceKey);
		if (found.isEmpty() || found.get().done()) {
			return false;
		}
		FollowUpItem item = this.items.lockById(found.get().id()).orElseThrow();
		if (item.done()) {
			return false;
		}
		item.close(by, cut(note), this.clock.instant());
		this.audit.record(by, "followup.done", subject(item), cut(note));
		this.events.publishEvent(new FollowUpClosed(item.key(), by));
		changed(item);
		return true;
	}

	/**
	 * Follows the state of the follow-up's issue in the tracker (a webhook or the
	 * reconcile saw it): a closed issue closes the follow-up, a reopened one reopens it.
	 * Nothing is queued back to the tracker, which already is in that state.
	 * @param followUpId the follow-up
	 * @param issueClosed whether the issue is closed
	 * @param by {@code tracker:<kind>}, or the tracker user who changed it
	 * @return what happened
	 */
	@Transactional
	public Outcome followTracker(long followUpId, boolean issueClosed, String by) {
		FollowUpItem item = this.items.lockById(followUpId).orElse(null);
		if (item == null) {
			return Outcome.UNKNOWN;
		}
		item.trackerState(issueClosed);
		if (issueClosed == item.done()) {
			return Outcome.UNCHANGED;
		}
		if (issueClosed) {
			item.close(by, "closed in the tracker", this.clock.instant());
			this.audit.record(by, "followup.done", subject(item), "closed in the tracker");
			this.events.publishEvent(new FollowUpClosed(item.key(), by));
		}
		else {
			item.reopen();
			this.audit.record(by, "followup.reopened", subject(item), "reopened in the tracker");
			this.events.publishEvent(new FollowUpReopened(item.key(), by));
		}
		refreshParents(item);
		return issueClosed ? Outcome.DONE : Outcome.REOPENED;
	}

	private FollowUpChange change(String key, String by, java.util.function.Function<FollowUpItem, Outcome> change) {
		long id = FollowUp.idOf(key);
		FollowUpItem item = (id < 0) ? null : this.items.lockById(id).orElse(null);
		if (item == null || !this.access.mayView(item.view(), by)) {
			return FollowUpChange.of(Outcome.UNKNOWN);
		}
		if (!this.access.mayChange(item.view(), by)) {
			return new FollowUpChange(Outcome.NOT_ALLOWED, item.view());
		}
		Outcome outcome = change.apply(item);
		if (outcome == Outcome.DONE || outcome == Outcome.REOPENED || outcome == Outcome.DUE_CHANGED
				|| outcome == Outcome.REASSIGNED) {
			changed(item);
		}
		return new FollowUpChange(outcome, item.view());
	}

	private void changed(FollowUpItem item) {
		this.events.publishEvent(new FollowUpEvents.Changed(item.id()));
		refreshParents(item);
	}

	private void refreshParents(FollowUpItem item) {
		if (item.initiativeKey() != null) {
			this.initiatives.refreshCard(item.initiativeKey());
		}
		if (item.incidentId() != null) {
			this.incidentService.followUpsChanged(item.incidentId());
		}
	}

	private LocalDate today() {
		return this.violet.today(this.clock);
	}

	static String subject(FollowUpItem item) {
		return "followup:" + item.key();
	}

	private static String cut(String text) {
		return (text.length() <= FollowUpItem.TEXT_MAX) ? text : text.substring(0, FollowUpItem.TEXT_MAX - 1) + "…";
	}

}
