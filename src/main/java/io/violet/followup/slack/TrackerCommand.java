package io.violet.followup.slack;

import java.util.List;

import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpAccess;
import io.violet.followup.tracker.TrackerQueue;
import io.violet.followup.tracker.Trackers;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.Token;

import org.springframework.stereotype.Component;

/**
 * {@code /violet follow-up tracker [retry <F-n>|all]}: for admins, where the tracker sync
 * stands (waiting, parked with their errors) and running parked syncs again.
 */
@Component
class TrackerCommand {

	private static final int SHOWN = 20;

	private final Trackers trackers;

	private final TrackerQueue queue;

	private final FollowUpAccess access;

	private final AuditTrail audit;

	TrackerCommand(Trackers trackers, TrackerQueue queue, FollowUpAccess access, AuditTrail audit) {
		this.trackers = trackers;
		this.queue = queue;
		this.access = access;
		this.audit = audit;
	}

	Reply handle(String userId, List<Token> rest) {
		if (!this.access.isAdmin(userId)) {
			return Reply.notAllowed("see or retry the tracker sync", "Violet admins");
		}
		if (!this.trackers.enabled()) {
			return Reply.ephemeral("No tracker is configured (`VIOLET_TRACKER` is not set); follow-ups live in Violet "
					+ "only. The follow-ups guide says how to connect Jira or GitHub.");
		}
		if (rest.isEmpty()) {
			return status();
		}
		if (rest.size() == 2 && rest.get(0).text().equalsIgnoreCase("retry")) {
			String what = rest.get(1).text();
			Long id = null;
			if (!what.equalsIgnoreCase("all")) {
				long parsed = FollowUp.idOf(what);
				if (parsed < 0) {
					return Reply.usage("Name a follow-up like `F-12`, or `all`.", List.of(FollowUpCommand.TRACKER));
				}
				id = parsed;
			}
			int retried = this.queue.retry(id);
			this.audit.record(userId, "followup.tracker-retried", "tracker:" + this.trackers.settings().kind(),
					(id == null) ? "all parked syncs (" + retried + ")" : FollowUp.keyOf(id));
			return Reply.ephemeral(":arrows_counterclockwise: " + retried + " parked sync"
					+ ((retried == 1) ? " runs" : "s run") + " again within a minute.");
		}
		return Reply.usage("Say `tracker`, `tracker retry <F-n>` or `tracker retry all`.",
				List.of(FollowUpCommand.TRACKER));
	}

	private Reply status() {
		List<TrackerQueue.Parked> parked = this.queue.parked();
		StringBuilder text = new StringBuilder("*Tracker sync* — ").append(this.trackers.settings().kind())
			.append(", `")
			.append(Mrkdwn.escape(this.trackers.settings().project()))
			.append("`\n")
			.append(this.queue.pending())
			.append(" waiting · ")
			.append(parked.size())
			.append(" parked");
		for (TrackerQueue.Parked sync : parked.subList(0, Math.min(SHOWN, parked.size()))) {
			text.append("\n• *")
				.append(FollowUp.keyOf(sync.followUpId()))
				.append("* after ")
				.append(tries(sync.attempts()))
				.append(", ")
				.append(Mrkdwn.date(sync.since()))
				.append(": `")
				.append(Mrkdwn.escapeAndTruncate((sync.error() != null) ? sync.error() : "unknown", 200))
				.append('`');
		}
		if (!parked.isEmpty()) {
			text.append("\nFix the cause (token, project, workflow), then `/violet follow-up tracker retry all`.");
		}
		return Reply.ephemeral(text.toString());
	}

	static String tries(int attempts) {
		return attempts + ((attempts == 1) ? " try" : " tries");
	}

}
