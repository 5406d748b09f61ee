package io.violet.training.internal;

import java.time.ZoneId;
import java.util.List;

import io.violet.training.Session;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.TrainingSessions;
import io.violet.training.WorkshopArranged;
import io.violet.training.WorkshopRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Schedules the workshops other modules ask for by event, so that they need no more of
 * this module than two event types.
 */
@Component
class WorkshopRequests {

	private final TrainingSessions sessions;

	private final ApplicationEventPublisher events;

	WorkshopRequests(TrainingSessions sessions, ApplicationEventPublisher events) {
		this.sessions = sessions;
		this.events = events;
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

}
