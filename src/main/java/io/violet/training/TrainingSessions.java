package io.violet.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling, listing and cancelling sessions, and the answers to their invitations.
 */
@Service
public class TrainingSessions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SessionEntities sessions;

	private final Invitations invitations;

	private final Deliveries deliveries;

	private final TrainingTriggers triggers;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TrainingSettings settings;

	private final Clock clock;

	TrainingSessions(SessionEntities sessions, Invitations invitations, Deliveries deliveries,
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
	 * is. The roles' owners (thousands, for a workshop of a large team) are invited by
	 * {@link #inviteRoleOwners} after the command was answered.
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
				startsAt.plus(Duration.ofMinutes(this.settings.sessionMinutes())), newToken(), now));
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

	/**
	 * Creates the next occurrence of a series (the series trigger fired for the current
	 * one); calling it twice for the same occurrence changes nothing.
	 * @param seriesId the series (its first session's id)
	 * @return the new occurrence, empty when the series ended or it already existed
	 */
	@Transactional
	public Optional<Session> nextOccurrence(long seriesId) {
		Optional<SessionEntity> first = this.sessions.findById(seriesId);
		if (first.isEmpty() || first.get().status() == SessionStatus.CANCELLED || !first.get().repeats()) {
			return Optional.empty();
		}
		Session s = first.get().toSession();
		Cadence cadence = Cadence.parse(s.recurrence()).orElseThrow();
		Instant now = this.clock.instant();
		Instant next = Recurrence.next(s.startsAt(), s.zone(), cadence, now);
		if (this.sessions.findBySeriesIdAndStartsAt(seriesId, next).isPresent()) {
			return Optional.empty();
		}
		SessionEntity latest = this.sessions
			.findBySeriesIdAndStatusAndStartsAtAfter(seriesId, SessionStatus.SCHEDULED, Instant.EPOCH)
			.stream()
			.max(java.util.Comparator.comparing(SessionEntity::startsAt))
			.orElse(first.get());
		SessionEntity occurrence = this.sessions.save(latest.nextOccurrence(next,
				next.plus(Duration.ofMinutes(this.settings.sessionMinutes())), newToken(), now));
		long id = occurrence.id();
		this.invitations.copy(latest.id(), id);
		// no command waits here: the roles' owners of now are invited along
		this.invitations.invite(id, roleOwners(occurrence));
		List<String> invitees = this.invitations.of(id).stream().map(Invitations.Invitee::userId).toList();
		this.deliveries.queue(DeliveryKind.TRACKER, id, List.of(occurrence.organiser()), new SessionKey(id).text());
		this.deliveries.queue(DeliveryKind.INVITE, id, invitees, new SessionKey(id).text());
		this.triggers.schedule(occurrence, now);
		Session session = occurrence.toSession();
		this.audit.record(Actor.VIOLET, "training.session-repeated", "session:" + session.key(),
				"next occurrence of " + new SessionKey(seriesId).text() + " at " + next);
		this.events.publishEvent(new SessionScheduled(id));
		return Optional.of(session);
	}

	/**
	 * Invites the owners of a newly scheduled session's roles and queues its tracker and
	 * every invite, after the schedule command was answered. Running it again adds
	 * nothing (the invitation and message rows are unique); an occurrence of a series has
	 * its invitations copied when it is created, and a cancelled session invites no one.
	 * @param sessionId the session
	 */
	@Transactional
	public void inviteRoleOwners(long sessionId) {
		Optional<SessionEntity> found = this.sessions.findById(sessionId);
		if (found.isEmpty() || found.get().status() != SessionStatus.SCHEDULED) {
			return;
		}
		SessionEntity entity = found.get();
		if (entity.seriesId() == sessionId) {
			this.invitations.invite(sessionId, roleOwners(entity));
		}
		List<String> invitees = this.invitations.of(sessionId).stream().map(Invitations.Invitee::userId).toList();
		this.deliveries.queue(DeliveryKind.TRACKER, sessionId, List.of(entity.organiser()),
				new SessionKey(sessionId).text());
		this.deliveries.queue(DeliveryKind.INVITE, sessionId, invitees, new SessionKey(sessionId).text());
	}

	private Set<String> roleOwners(SessionEntity entity) {
		Set<String> owners = new LinkedHashSet<>();
		entity.toSession().roles().forEach((role) -> owners.addAll(this.directory.ownerIds(role)));
		return owners;
	}

	/**
	 * Adds invitees found after scheduling (all staff); their invites are queued too.
	 * @param sessionId the session
	 * @param users the users
	 * @return how many were new
	 */
	@Transactional
	public int addInvitees(long sessionId, List<String> users) {
		int added = this.invitations.invite(sessionId, users);
		this.deliveries.queue(DeliveryKind.INVITE, sessionId, users, new SessionKey(sessionId).text());
		return added;
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
		Set<Long> mine = new java.util.HashSet<>(this.invitations.sessionsOf(userId));
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
				rsvp.name().toLowerCase(java.util.Locale.ROOT));
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
	 * Where the organiser's view of the answers is, once posted.
	 * @param id the session
	 * @return channel and ts
	 */
	@Transactional(readOnly = true)
	public Optional<Deliveries.SentMessage> tracker(long id) {
		return this.sessions.findById(id)
			.filter((s) -> s.trackerTs() != null)
			.map((s) -> new Deliveries.SentMessage(String.valueOf(s.trackerChannel()), String.valueOf(s.trackerTs())));
	}

	@Transactional
	public void trackedAt(long id, String channelId, String ts) {
		this.sessions.findById(id).ifPresent((s) -> s.trackedAt(channelId, ts));
	}

	@Transactional(readOnly = true)
	public Optional<Session> byCalendarToken(long id, String token) {
		return this.sessions.findById(id)
			.map(SessionEntity::toSession)
			.filter((s) -> java.security.MessageDigest.isEqual(s.calendarToken().getBytes(), token.getBytes()));
	}

	/**
	 * What the calendar file of a session says, for whoever holds its token.
	 * @param id the session
	 * @param token the secret of its calendar link
	 * @return the entry, empty when there is no such session or the token is wrong
	 */
	@Transactional(readOnly = true)
	public Optional<CalendarEntry> calendarEntry(long id, String token) {
		Optional<SessionEntity> found = this.sessions.findById(id)
			.filter((s) -> java.security.MessageDigest.isEqual(s.toSession().calendarToken().getBytes(),
					token.getBytes()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SessionEntity entity = found.get();
		Session session = entity.toSession();
		Duration duration = Duration.between(session.startsAt(), session.endsAt());
		Optional<Cadence> cadence = Optional.ofNullable(session.recurrence()).flatMap(Cadence::parse);
		if (cadence.isEmpty()) {
			return Optional.of(new CalendarEntry(session,
					session.key() + "-" + session.startsAt().getEpochSecond() + "@violet", entity.calendarSequence(),
					session.startsAt(), duration, null, null, List.of(), session.cancelled()));
		}
		List<SessionEntity> series = this.sessions.findBySeriesIdOrderByStartsAtAsc(entity.seriesId());
		if (series.isEmpty()) {
			series = List.of(entity);
		}
		SessionEntity first = series.get(0);
		boolean stopped = first.status() == SessionStatus.CANCELLED;
		// cancelling a later occurrence also marks a first occurrence that already took
		// place as cancelled (that is what stops the series): it still happened
		boolean firstHappened = stopped && first.startsAt().isBefore(this.clock.instant())
				&& series.stream().skip(1).anyMatch((s) -> s.status() == SessionStatus.CANCELLED);
		List<Instant> exceptions = series.stream()
			.filter((s) -> s.status() == SessionStatus.CANCELLED && !(s == first && firstHappened))
			.map(SessionEntity::startsAt)
			.toList();
		int sequence = series.stream().mapToInt(SessionEntity::calendarSequence).sum();
		Instant until = stopped ? series.get(series.size() - 1).startsAt() : null;
		return Optional.of(new CalendarEntry(session, new SessionKey(first.id()).text() + "-series@violet", sequence,
				first.startsAt(), duration, cadence.get(), until, exceptions, exceptions.size() == series.size()));
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
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
