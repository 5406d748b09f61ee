package io.violet.incident.slack;

import java.util.List;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.internal.ReminderRecipients;
import io.violet.incident.internal.RoomMembership;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * A regulatory clock of a private incident came due while no legal owner is in its room:
 * Violet invites the legal owner (recorded in the audit trail), and only once Slack let
 * them in tells them about the clock. An owner Slack refuses is told nothing.
 */
@Component
class LegalInvitation implements SlackWork {

	static final String TYPE = "incident.legal-invite";

	private static final String REASON = "legal (regulatory clock)";

	private final IncidentQueries queries;

	private final RoomMembership membership;

	private final ReminderRecipients recipients;

	LegalInvitation(IncidentQueries queries, RoomMembership membership, ReminderRecipients recipients) {
		this.queries = queries;
		this.membership = membership;
		this.recipients = recipients;
	}

	static String subject(long clockId, int reminder, String userId) {
		return clockId + ":" + reminder + ":" + userId;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split(":", 3);
		long clockId = Long.parseLong(parts[0]);
		String user = parts[2];
		RegulatoryClock clock = this.queries.clock(clockId).orElse(null);
		if (clock == null || clock.state() != RegulatoryClock.State.RUNNING) {
			return;
		}
		Incident incident = this.queries.byId(clock.incidentId()).orElseThrow();
		if (incident.channelId().isEmpty() || incident.archived()) {
			return;
		}
		String channel = incident.channelId().get();
		if (!this.membership.inRoom(incident.id(), user)) {
			// legal may have come in some other way meanwhile, and been told
			if (!this.recipients.ofClock(incident).inviteFirst().map(user::equals).orElse(false)) {
				return;
			}
			Effect invited = job.invite(job.key() + ":invite", channel, List.of(user));
			String failed = invited.values().getOrDefault("failed", "");
			if (!invited.isDone() || List.of(failed.split(",")).contains(user)) {
				this.membership.notInvitedLater(incident.id(), user, REASON,
						(invited.error() != null) ? invited.error() : "refused by Slack");
				return;
			}
			this.membership.invitedLater(incident.id(), user, REASON);
		}
		job.dm(job.key() + ":dm", user, SlackMessage
			.of(RegulatoryClocksView.reminder(incident, ClockDeadline.of(incident, clock, this.queries))));
	}

	@Override
	public String describe(String subject) {
		String[] parts = subject.split(":", 3);
		return "invitation of legal to the room of clock " + parts[0] + " (reminder " + parts[1] + ")";
	}

}
