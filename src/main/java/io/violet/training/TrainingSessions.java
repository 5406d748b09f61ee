package io.violet.training;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.training.internal.Deliveries;
import io.violet.training.internal.DeliveryKind;
import io.violet.training.internal.Invitations;
import io.violet.training.internal.SessionCalendar;
import io.violet.training.internal.SessionEntity;
import io.violet.training.internal.SessionRepository;
import io.violet.training.internal.TrainingSettings;
import io.violet.training.internal.TrainingTriggers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, listing and cancelling sessions, and the answers to their invitations.
 */
@Service
public class TrainingSessions {

	private final SessionRepository sessions;

	private final Invitations invitations;

	private final Deliveries deliveries;

	private final TrainingTriggers triggers;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingSessions(SessionRepository sessions, Invitations invitations, Deliveries deliveries,
			TrainingTriggers triggers, Directory directory, AuditTrail audit, ApplicationEventPublisher events,
			TrainingSettings settings, Clock clock) {
		this.sessions = sessions;
		this.invitations = invitations;
		this.deliveries = deliveries;
		this.triggers = triggers;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Schedules a session: the session, the people invited by name, its Quartz triggers
	 * and the {@link SessionScheduled} event are stored in one transaction, or nothing
	 * is. The roles' owners (thousands, for a workshop of a large team) are invited by a
	 * listener after the command was answered.
	 * @param plan what to schedule
	 * @return the session, or the problem that stopped it
	 */
	@Transactional
	public Scheduled schedule(SessionPlan plan) {
		Instant now = this.clock.instant();
		ZonedDateTime start = plan.localStart().atZone(plan.zone());
		if (!plan.zone().getRules().isValidOffset(plan.localStart(), start.getOffset())) {
			return Scheduled.refused(
					plan.localStart().toLocalTime() + " does not exist on " + plan.localStart().toLocalDate() + " in "
							+ plan.zone().getId() + " (the clocks skip it for daylight saving). Pick another time.");
		}
		Instant startsAt = start.toInstant();
		if (!startsAt.isAfter(now)) {
			return Scheduled
				.refused("That time is in the past (" + plan.zone().getId() + "). Pick a time that is still ahead.");
		}
		Set<String> invitees = new LinkedHashSet<>();
		List<String> emptyRoles = new ArrayList<>();
		for (Role role : plan.roles()) {
			List<String> owners = this.directory.ownerIds(role);
			if (owners.isEmpty()) {
				emptyRoles.add(role.key());
			}
			invitees.addAll(owners);
		}
		if (plan.rolesExplicit() && !emptyRoles.isEmpty()) {
			return Scheduled.refused("No one owns "
					+ String.join(", ", emptyRoles.stream().map((r) -> "`" + r + "`").toList())
					+ " yet, so no one would be invited for it. An admin can assign owners with `/violet role assign <role> @user`.");
		}
		invitees.addAll(plan.invitees());
		if (invitees.isEmpty() && !plan.allStaff()) {
			return Scheduled.refused("No one would be invited: the roles have no owners yet. "
					+ "Name people with `--invite @user` or ask an admin to assign role owners.");
		}
		SessionEntity entity = this.sessions.save(new SessionEntity(plan, startsAt,
				startsAt.plus(Duration.ofMinutes(this.settings.sessionMinutes())), SessionCalendar.newToken(), now));
		entity.startSeries();
		long id = entity.id();
		// only the people named in the command here; writing every role owner's
		// invitation and message row takes seconds for thousands, longer than the ack
		this.invitations.invite(id, plan.invitees());
		this.triggers.schedule(entity, now);
		if (plan.recurrence() != null) {
			this.triggers.scheduleSeries(entity, plan.recurrence());
		}
		Session session = entity.toSession();
		this.audit.record(plan.organiser(), "training.session-scheduled", "session:" + session.key(),
				session.kind().label() + " \"" + session.title() + "\" at " + startsAt + " (" + plan.zone().getId()
						+ ")" + (session.recurrence() != null ? ", every " + session.recurrence() : "") + "; "
						+ (plan.allStaff() ? "all staff" : invitees.size() + " invited"));
		this.events.publishEvent(new SessionScheduled(id));
		return new Scheduled(session, invitees.size(), List.copyOf(emptyRoles), null);
	}

	@Transactional(readOnly = true)
	public Optional<Session> find(long id) {
		return this.sessions.findById(id).map(SessionEntity::toSession);
	}

	/**
	 * Sessions still ahead, soonest first.
	 * @return the sessions
	 */
	@Transactional(readOnly = true)
	public List<Session> upcoming() {
		return this.sessions
			.findByStatusAndStartsAtAfterOrderByStartsAtAsc(SessionStatus.SCHEDULED,
					this.clock.instant().minus(Duration.ofMinutes(this.settings.sessionMinutes())))
			.stream()
			.map(SessionEntity::toSession)
			.toList();
	}

	/**
	 * Sessions a user is invited to that are still ahead.
	 * @param userId the user
	 * @return the sessions, soonest first
	 */
	@Transactional(readOnly = true)
	public List<Session> upcomingFor(String userId) {
		Set<Long> mine = new HashSet<>(this.invitations.sessionsOf(userId));
		return upcoming().stream().filter((s) -> mine.contains(s.id()) || s.organiser().equals(userId)).toList();
	}

	/**
	 * Cancels a session; in a series, later occurrences are not created any more.
	 * @param id the session
	 * @param by who cancels (permission checked by the caller)
	 * @return the cancelled session, empty when there is no such scheduled session
	 */
	@Transactional
	public Optional<Session> cancel(long id, String by) {
		Optional<SessionEntity> found = this.sessions.findById(id);
		if (found.isEmpty() || !found.get().isScheduled()) {
			return Optional.empty();
		}
		SessionEntity entity = found.get();
		entity.cancel();
		this.triggers.unschedule(entity);
		if (entity.repeats()) {
			this.triggers.stopSeries(entity.seriesId());
			this.sessions.findById(entity.seriesId()).ifPresent((first) -> {
				if (first.id() != entity.id() && first.isScheduled()
						&& first.startsAt().isBefore(this.clock.instant())) {
					first.cancel();
				}
			});
		}
		this.deliveries.skipPending(id, "session cancelled");
		List<String> toTell = this.invitations.of(id)
			.stream()
			.filter((i) -> i.rsvp() != Rsvp.NOT_GOING)
			.map(Invitations.Invitee::userId)
			.filter((u) -> this.deliveries.sentMessage(id, u, DeliveryKind.INVITE) != null)
			.toList();
		this.deliveries.queue(DeliveryKind.CANCELLED, id, toTell, new SessionKey(id).text());
		Session session = entity.toSession();
		this.audit.record(by, "training.session-cancelled", "session:" + session.key(), session.title());
		return Optional.of(session);
	}

	/**
	 * Records an answer to an invitation.
	 * @param id the session
	 * @param userId who answers
	 * @param rsvp the answer
	 * @return what happened
	 */
	@Transactional
	public RsvpOutcome rsvp(long id, String userId, Rsvp rsvp) {
		Optional<SessionEntity> found = this.sessions.findById(id);
		if (found.isEmpty()) {
			return RsvpOutcome.NO_SESSION;
		}
		if (!found.get().isScheduled()) {
			return RsvpOutcome.CANCELLED;
		}
		if (!found.get().startsAt().isAfter(this.clock.instant())) {
			return RsvpOutcome.STARTED;
		}
		Optional<Rsvp> current = this.invitations.rsvpOf(id, userId);
		if (current.isEmpty()) {
			return RsvpOutcome.NOT_INVITED;
		}
		if (current.get() == rsvp) {
			return RsvpOutcome.ALREADY;
		}
		this.invitations.answer(id, userId, rsvp, this.clock.instant());
		this.audit.record(userId, "training.rsvp", "session:" + new SessionKey(id).text(),
				rsvp.name().toLowerCase(Locale.ROOT));
		this.events.publishEvent(new RsvpRecorded(id, userId));
		return RsvpOutcome.RECORDED;
	}

	/**
	 * A user's answer, when invited.
	 * @param id the session
	 * @param userId the user
	 * @return the answer
	 */
	@Transactional(readOnly = true)
	public Optional<Rsvp> rsvpOf(long id, String userId) {
		return this.invitations.rsvpOf(id, userId);
	}

	/**
	 * Everyone invited, with their answers.
	 * @param id the session
	 * @return user id and answer, in invitation order
	 */
	@Transactional(readOnly = true)
	public List<InviteeAnswer> invitees(long id) {
		return this.invitations.of(id).stream().map((i) -> new InviteeAnswer(i.userId(), i.rsvp())).toList();
	}

	/**
	 * The result of scheduling.
	 *
	 * @param session the session, null when refused
	 * @param invited how many people were invited by role or name
	 * @param rolesWithoutOwners audience roles nobody owns (skipped)
	 * @param problem why it was refused
	 */
	public record Scheduled(@Nullable Session session, int invited, List<String> rolesWithoutOwners,
			@Nullable String problem) {

		static Scheduled refused(String problem) {
			return new Scheduled(null, 0, List.of(), problem);
		}

	}

	/**
	 * An invitee and their answer.
	 *
	 * @param userId the user
	 * @param rsvp the answer
	 */
	public record InviteeAnswer(String userId, Rsvp rsvp) {

	}

	/**
	 * What an answer did.
	 */
	public enum RsvpOutcome {

		RECORDED, ALREADY, NOT_INVITED, CANCELLED, STARTED, NO_SESSION

	}

}
