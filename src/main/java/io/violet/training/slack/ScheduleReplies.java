package io.violet.training.slack;

import java.util.List;

import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.training.Session;
import io.violet.training.TrainingSessions;

/**
 * The answer to a schedule command.
 */
final class ScheduleReplies {

	private ScheduleReplies() {
	}

	static Reply of(TrainingSessions.Scheduled result, List<String> usage, boolean zoneAssumed) {
		Reply reply = of(result, usage);
		if (!zoneAssumed || result.session() == null) {
			return reply;
		}
		return Reply.ephemeral(reply.text() + "\n:information_source: Violet does not know your time zone yet, so "
				+ "the time was read in the organisation's (" + result.session().zone().getId()
				+ "). If that is wrong, cancel it and schedule again with `--tz <zone>`.");
	}

	static Reply of(TrainingSessions.Scheduled result, List<String> usage) {
		if (result.problem() != null || result.session() == null) {
			return Reply.usage(String.valueOf(result.problem()), usage);
		}
		Session s = result.session();
		StringBuilder text = new StringBuilder(":white_check_mark: Scheduled " + TrainingMessages.headline(s) + " for "
				+ Mrkdwn.date(s.startsAt(), "{date_long_pretty} {time}") + " (entered in " + s.zone().getId() + ")");
		if (s.recurrence() != null) {
			text.append(", repeating ").append(s.recurrence());
		}
		text.append(".\n");
		if (s.allStaff()) {
			text.append("Inviting all staff");
			if (result.invited() > 0) {
				text.append(" and ").append(result.invited()).append(" more");
			}
			text.append("; invitations go out over the next minutes.");
		}
		else {
			text.append("Inviting ")
				.append(result.invited())
				.append(result.invited() == 1 ? " person" : " people")
				.append(" by direct message.");
		}
		if (!result.rolesWithoutOwners().isEmpty()) {
			text.append("\n:information_source: No one owns ")
				.append(String.join(", ", result.rolesWithoutOwners().stream().map((r) -> "`" + r + "`").toList()))
				.append(" yet, so no one was invited for those roles.");
		}
		text.append("\nYou'll get a message that shows who answered. Reminders go out 24 h and 1 h before.");
		return Reply.ephemeral(text.toString());
	}

}
