package io.violet.training.internal;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.training.AgendaItem;
import io.violet.training.Session;
import io.violet.training.SessionAgendaChanged;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.TrainingSessions;
import io.violet.training.WorkshopAgendaChanged;
import io.violet.training.WorkshopArranged;
import io.violet.training.WorkshopRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Schedules the workshops other modules ask for by event, and keeps their agendas, so
 * that they need no more of this module than its workshop event types.
 */
@Component
class WorkshopRequests {

	private final TrainingSessions sessions;

	private final SessionRepository entities;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkshopRequests(TrainingSessions sessions, SessionRepository entities, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.entities = entities;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(WorkshopRequested request) {
		SessionPlan plan = new SessionPlan(SessionKind.WORKSHOP, null, request.title(), request.localStart(),
				ZoneId.of(request.zoneId()), null, List.of(), false, false, List.copyOf(request.invitees()), null,
				request.organiser());
		TrainingSessions.Scheduled scheduled = this.sessions.schedule(plan);
		Session session = scheduled.session();
		this.events.publishEvent((session != null) ? new WorkshopArranged(request.reference(), session.key(), null)
				: new WorkshopArranged(request.reference(), null, scheduled.problem()));
	}

	/**
	 * Keeps the agenda of a workshop that is still ahead; once it has started or was
	 * cancelled, what it discussed stays as it was. The session's row is locked so that
	 * two revisions handled at once are compared one after the other, and running it
	 * twice changes nothing.
	 */
	@ApplicationModuleListener
	void on(WorkshopAgendaChanged change) {
		Optional<SessionEntity> found = SessionKey.parse(change.sessionKey())
			.map(SessionKey::id)
			.flatMap(this.entities::lockById)
			.filter((s) -> s.toSession().kind() == SessionKind.WORKSHOP && s.isScheduled()
					&& s.startsAt().isAfter(this.clock.instant()));
		if (found.isEmpty() || !found.get().agenda(change.agenda(), change.revision())) {
			return;
		}
		this.audit.record(Actor.VIOLET, "training.agenda-changed", "session:" + found.get().toSession().key(),
				change.agenda().size() + " items: "
						+ String.join(", ", change.agenda().stream().map(AgendaItem::label).toList()));
		this.events.publishEvent(new SessionAgendaChanged(found.get().id()));
	}

}
