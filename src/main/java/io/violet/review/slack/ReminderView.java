package io.violet.review.slack;

import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.ThreadMessage;
import io.violet.review.internal.ReviewEvents;
import io.violet.slack.Mrkdwn;

/**
 * The reminders of a review: the nudge to an owner before it is due, the thread's note
 * once it is overdue, and the request to step in to a backup (or an admin).
 */
final class ReminderView {

	private ReminderView() {
	}

	static ThreadMessage nudge(ReviewEvents.Nudged nudged) {
		return new ThreadMessage(":bell: Reminder: the *" + nudged.kind().title() + " review* of *"
				+ nudged.initiativeKey() + "* is due " + Mrkdwn.date(nudged.dueAt())
				+ " and still needs your sign-off as *" + nudged.role().title() + "*.",
				ReviewButtons.of(nudged.reviewId()));
	}

	static ThreadMessage overdue(ReviewEvents.Overdue overdue) {
		String roles = overdue.undecided().stream().map(Role::title).collect(Collectors.joining(", "));
		return ThreadMessage.of(":alarm_clock: The *" + overdue.kind().title() + " review* was due "
				+ Mrkdwn.date(overdue.dueAt()) + " and is overdue."
				+ (roles.isEmpty() ? " It waits for changes to be made." : " Still waiting for *" + roles
						+ "*; their backups are being asked to step in during their working hours."));
	}

	static ThreadMessage escalation(ReviewEvents.Escalated escalated) {
		return new ThreadMessage(":rotating_light: The *" + escalated.kind().title() + " review* of *"
				+ escalated.initiativeKey() + "* was due " + Mrkdwn.date(escalated.dueAt()) + " and *"
				+ escalated.role().title() + "* has not decided. "
				+ (escalated.backup() ? "As a backup of that role, please step in."
						: "The role has no backup; as a Violet admin, please find someone.")
				+ (escalated.owners().isEmpty() ? "" : " Owners: "
						+ escalated.owners().stream().map(Mrkdwn::user).collect(Collectors.joining(", ")) + "."),
				ReviewButtons.of(escalated.reviewId()));
	}

}
