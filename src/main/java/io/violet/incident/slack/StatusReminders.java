package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.internal.WarRoomProgress;
import io.violet.slack.Effect;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Reminds the commander in the room that a status update is due; one job per reminder
 * ({@code incident.status-reminder:<incident>:<n>}). A reminder that a later one has
 * overtaken (Slack was down meanwhile) is not sent: the later one says the same.
 */
@Component
class StatusReminders implements SlackWork {

	static final String TYPE = "incident.status-reminder";

	private final IncidentQueries queries;

	private final WarRoomProgress progress;

	StatusReminders(IncidentQueries queries, WarRoomProgress progress) {
		this.queries = queries;
		this.progress = progress;
	}

	static String subject(long incidentId, int number) {
		return incidentId + ":" + number;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		String[] parts = subject.split(":");
		return "status reminder " + parts[1] + " of incident #" + parts[0];
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split(":");
		Incident incident = this.queries.byId(Long.parseLong(parts[0])).orElseThrow();
		int number = Integer.parseInt(parts[1]);
		if (incident.statusRemindersDue() > number || incident.channelId().isEmpty() || !incident.open()
				|| incident.resolvedAt().isPresent()) {
			return;
		}
		String who = incident.commander().map(Mrkdwn::user).orElse("Commander");
		Effect posted = job.post(job.key() + ":room", incident.channelId().get(),
				SlackMessage.of((incident.drill() ? "[DRILL] " : "") + ":bell: " + who + ", a status update for "
						+ incident.label() + " (" + incident.severity().key() + ", " + incident.status().key()
						+ ") is due: `/violet incident status …` or `/violet incident note …`."));
		if (posted.isDone()) {
			this.progress.statusRemindersSent(incident.id());
		}
	}

}
