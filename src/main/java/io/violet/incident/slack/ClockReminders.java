package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.internal.ReminderRecipients;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Reminds legal of a running regulatory clock, one job per reminder
 * ({@code incident.clock-reminder:<clock>:<n>}): in the room, and by direct message to
 * each person the domain names ({@link ReminderRecipients#ofClock}); a legal owner the
 * domain wants in a private room first is invited by {@link LegalInvitation}. Each post
 * and each DM is its own keyed effect, so a deactivated recipient costs nobody else their
 * reminder and nothing is sent twice. An archived room gets nothing (and a room Slack
 * says is archived only a refused post): legal still gets the DMs. A drill's clock
 * reminds only in its room.
 */
@Component
class ClockReminders implements SlackWork {

	static final String TYPE = "incident.clock-reminder";

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	private final ReminderRecipients recipients;

	private final SlackJobs jobs;

	ClockReminders(IncidentQueries queries, WarRoomProgress progress, ReminderRecipients recipients, SlackJobs jobs) {
		this.queries = queries;
		this.progress = progress;
		this.recipients = recipients;
		this.jobs = jobs;
	}

	static String subject(long clockId, int number) {
		return clockId + ":" + number;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		String[] parts = subject.split(":");
		return "regulatory clock reminder " + parts[1] + " of clock " + parts[0];
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split(":");
		RegulatoryClock clock = this.queries.clock(Long.parseLong(parts[0])).orElseThrow();
		int number = Integer.parseInt(parts[1]);
		if (clock.remindersDue() > number || clock.state() != RegulatoryClock.State.RUNNING) {
			return;
		}
		Incident incident = this.queries.byId(clock.incidentId()).orElseThrow();
		boolean roomOpen = incident.channelId().isPresent() && !incident.archived();
		String text = RegulatoryClocksView.reminder(incident, ClockDeadline.of(incident, clock, this.queries));
		if (roomOpen) {
			job.post(job.key() + ":room", incident.channelId().get(), SlackMessage.of(text));
		}
		// of a private incident only the room hears; legal missing from it is invited
		// first and told only once Slack let them in
		ReminderRecipients.ClockRecipients to = this.recipients.ofClock(incident);
		for (String legal : to.tell()) {
			job.dm(job.key() + ":dm:" + legal, legal, SlackMessage.of(text));
		}
		to.inviteFirst()
			.ifPresent((legal) -> this.jobs.submit(LegalInvitation.TYPE,
					LegalInvitation.TYPE + ":" + clock.id() + ":" + number,
					LegalInvitation.subject(clock.id(), number, legal)));
		this.progress.clockRemindersSent(clock.id());
	}

}
