package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentQueries;
import io.violet.incident.RegulatoryClock;
import io.violet.slack.SlackJobs;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the incident module's events into Slack jobs, in the transaction that published
 * them: a job exists exactly when the change that asked for it commits, and runs right
 * after on the node that committed it (or any other, if that one dies).
 */
@Component
class IncidentJobs {

	private final SlackJobs jobs;

	private final IncidentQueries queries;

	IncidentJobs(SlackJobs jobs, IncidentQueries queries) {
		this.jobs = jobs;
		this.queries = queries;
	}

	@EventListener
	void on(IncidentEvents.IncidentDeclared event) {
		this.jobs.submit(WarRoomSetup.TYPE, WarRoomSetup.key(event.incidentId()), Long.toString(event.incidentId()));
	}

	@EventListener
	void on(IncidentEvents.IncidentUpdated event) {
		this.jobs.refresh(RoomRefresh.TYPE, RoomRefresh.TYPE + ":" + event.incidentId(),
				Long.toString(event.incidentId()));
	}

	@EventListener
	void on(IncidentEvents.InvitesPending event) {
		this.jobs.refresh(LateInvites.TYPE, LateInvites.TYPE + ":" + event.incidentId(),
				Long.toString(event.incidentId()));
	}

	@EventListener
	void on(IncidentEvents.StatusReminderDue event) {
		// the ticker counted it in this transaction: the count names the reminder
		Incident incident = this.queries.byId(event.incidentId()).orElseThrow();
		String subject = StatusReminders.subject(incident.id(), incident.statusRemindersDue());
		this.jobs.submit(StatusReminders.TYPE, StatusReminders.TYPE + ":" + subject, subject);
	}

	@EventListener
	void on(IncidentEvents.ClockReminderDue event) {
		RegulatoryClock clock = this.queries.clock(event.clockId()).orElseThrow();
		String subject = ClockReminders.subject(clock.id(), clock.remindersDue());
		this.jobs.submit(ClockReminders.TYPE, ClockReminders.TYPE + ":" + subject, subject);
	}

	@EventListener
	void on(IncidentEvents.PostMortemRequested event) {
		this.jobs.submit(PostMortems.TYPE, PostMortems.TYPE + ":" + event.incidentId(),
				Long.toString(event.incidentId()));
	}

	@EventListener
	void on(IncidentEvents.ArchiveDue event) {
		Incident incident = this.queries.byId(event.incidentId()).orElseThrow();
		// one archive per close: a room closed, reopened and closed again is archived
		// after its second close
		long closed = incident.closedAt().map(java.time.Instant::toEpochMilli).orElse(0L);
		this.jobs.submit(Archiving.TYPE, Archiving.TYPE + ":" + incident.id() + ":" + closed,
				Long.toString(incident.id()));
	}

}
