package io.violet.training.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionStatus;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminders before a session, fired by Quartz: to everyone going or not yet answered.
 */
@Service
public class Reminders {

	private final TrainingSessions sessions;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	private final Clock clock;

	Reminders(TrainingSessions sessions, Deliveries deliveries, AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.deliveries = deliveries;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Queues a reminder for everyone still expected. A reminder that fires late (the
	 * application was down) is sent late, unless the session has already started: then it
	 * is dropped.
	 * @param sessionId the session
	 * @param lead {@code H24} or {@code H1}
	 * @return how many reminders were queued
	 */
	@Transactional
	public int fire(long sessionId, String lead) {
		TrainingTriggers.Reminder reminder = TrainingTriggers.Reminder.valueOf(lead);
		Optional<Session> found = this.sessions.find(sessionId);
		if (found.isEmpty() || found.get().status() != SessionStatus.SCHEDULED) {
			return 0;
		}
		Session session = found.get();
		if (!session.startsAt().isAfter(this.clock.instant())) {
			this.audit.record(Actor.VIOLET, "training.reminder-dropped", "session:" + session.key(),
					reminder.name() + " reminder fired after the session started");
			return 0;
		}
		List<String> expected = this.sessions.invitees(sessionId)
			.stream()
			.filter((i) -> i.rsvp() != Rsvp.NOT_GOING)
			.map(TrainingSessions.InviteeAnswer::userId)
			.toList();
		return this.deliveries.queue(reminder.kind, sessionId, expected, session.key());
	}

}
