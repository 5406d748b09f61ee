package io.violet.followup.slack;

import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpReminder;
import io.violet.slack.Mrkdwn;

/**
 * The text of follow-up reminders.
 */
final class ReminderView {

	private ReminderView() {
	}

	static String notification(FollowUpReminder.Kind kind, FollowUp followUp) {
		return switch (kind) {
			case NUDGE -> "Reminder: follow-up " + followUp.key() + " is due soon";
			case OVERDUE -> "Follow-up " + followUp.key() + " is overdue";
			case ESCALATION -> "Overdue follow-up " + followUp.key() + " needs you";
			case SNOOZED -> "Snoozed follow-up " + followUp.key() + " is back";
		};
	}

	static String text(FollowUpReminder.Kind kind, FollowUp followUp) {
		String what = "*" + followUp.key() + "* — " + Mrkdwn.escapeAndTruncate(followUp.text(), 1200)
				+ FollowUpLines.parents(followUp);
		String due = (followUp.due() != null) ? FollowUpLines.date(followUp.due()) : "";
		return switch (kind) {
			case NUDGE -> ":bell: Reminder: your follow-up " + what + "\nis due *" + due + "*.";
			case OVERDUE -> ":alarm_clock: Your follow-up " + what + "\nwas due *" + due
					+ "* and is overdue. Mark it done, or agree a new date with whoever asked for it ("
					+ "`/violet follow-up due " + followUp.key() + " <yyyy-MM-dd>`).";
			case ESCALATION -> ":rotating_light: Follow-up " + what + "\nowned by " + Mrkdwn.user(followUp.ownerId())
					+ " was due *" + due + "* and is overdue. Please follow it up with them; you may mark it done, "
					+ "reassign it or move its date.";
			case SNOOZED -> ":bell: You snoozed your follow-up " + what + "\nHere it is again"
					+ (due.isEmpty() ? "." : "; it is due *" + due + "*.");
		};
	}

}
