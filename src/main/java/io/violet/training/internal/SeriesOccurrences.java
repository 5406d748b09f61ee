package io.violet.training.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.training.Cadence;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionScheduled;
import io.violet.training.SessionStatus;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The occurrences of a repeating session, created one at a time when the series trigger
 * fires for the current one.
 */
@Service
public class SeriesOccurrences {

	private final SessionRepository sessions;

	private final Invitations invitations;

	private final InvitationFanOut fanOut;

	private final TrainingTriggers triggers;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TrainingSettings settings;

	private final Clock clock;

	SeriesOccurrences(SessionRepository sessions, Invitations invitations, InvitationFanOut fanOut,
			TrainingTriggers triggers, AuditTrail audit, ApplicationEventPublisher events, TrainingSettings settings,
			Clock clock) {
		this.sessions = sessions;
		this.invitations = invitations;
		this.fanOut = fanOut;
		this.triggers = triggers;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Creates the next occurrence of a series; calling it twice for the same occurrence
	 * changes nothing.
	 * @param seriesId the series (its first session's id)
	 * @return the new occurrence, empty when the series ended or it already existed
	 */
	@Transactional
	public Optional<Session> next(long seriesId) {
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
			.max(Comparator.comparing(SessionEntity::startsAt))
			.orElse(first.get());
		SessionEntity occurrence = this.sessions.save(latest.nextOccurrence(next,
				next.plus(Duration.ofMinutes(this.settings.sessionMinutes())), SessionCalendar.newToken(), now));
		long id = occurrence.id();
		this.invitations.copy(latest.id(), id);
		// no command waits here: the roles' owners of now are invited along
		this.invitations.invite(id, this.fanOut.roleOwners(occurrence));
		this.fanOut.queueTrackerAndInvites(occurrence);
		this.triggers.schedule(occurrence, now);
		Session session = occurrence.toSession();
		this.audit.record(Actor.VIOLET, "training.session-repeated", "session:" + session.key(),
				"next occurrence of " + new SessionKey(seriesId).text() + " at " + next);
		this.events.publishEvent(new SessionScheduled(id));
		return Optional.of(session);
	}

}
