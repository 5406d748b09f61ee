package io.violet.followup.slack;

import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpEvents;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.followup.internal.FollowUpReminder;
import io.violet.followup.internal.FollowUpReminderRepository;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The direct messages about follow-ups: the owner is told when one becomes theirs, and
 * reminders go out as the sweep queues them. Each is one keyed job queued in the
 * transaction that asked for it, so it is sent once, after commit, and a Slack outage
 * only delays it. A message that no longer applies (done meanwhile, given to someone
 * else) is not sent.
 */
@Component
class FollowUpMessages {

	static final String ASSIGNED = "followup.assigned";

	static final String REMINDER = "followup.reminder";

	private final SlackJobs jobs;

	FollowUpMessages(SlackJobs jobs) {
		this.jobs = jobs;
	}

	@EventListener
	void on(FollowUpEvents.Assigned event) {
		String subject = event.followUpId() + ":" + event.ownerId() + ":" + event.assignedAt().toEpochMilli();
		this.jobs.submit(ASSIGNED, ASSIGNED + ":" + subject, subject);
	}

	@EventListener
	void on(FollowUpEvents.ReminderQueued event) {
		this.jobs.submit(REMINDER, REMINDER + ":" + event.reminderId(), Long.toString(event.reminderId()));
	}

	/**
	 * Tells the owner that a follow-up is theirs.
	 */
	@Component
	static class Assigned implements SlackWork {

		private final FollowUpQueries queries;

		Assigned(FollowUpQueries queries) {
			this.queries = queries;
		}

		@Override
		public String type() {
			return ASSIGNED;
		}

		@Override
		public void run(SlackJob job) {
			String[] parts = job.subject().split(":", 3);
			FollowUp followUp = this.queries.find(FollowUp.keyOf(Long.parseLong(parts[0]))).orElse(null);
			if (followUp == null || followUp.done() || !followUp.ownerId().equals(parts[1])
					|| !this.queries.mayView(followUp, followUp.ownerId())) {
				// done or given to someone else since
				return;
			}
			String text = ":clipboard: You own follow-up *" + followUp.key() + "*:\n>"
					+ io.violet.slack.Mrkdwn.escapeAndTruncate(followUp.text(), 1500).replace("\n", "\n>") + "\n"
					+ FollowUpLines.severity(followUp.severity()) + " · due "
					+ ((followUp.due() != null) ? "*" + FollowUpLines.date(followUp.due()) + "*" : "_no date_")
					+ FollowUpLines.parents(followUp) + "\nFrom " + FollowUpLines.origin(followUp)
					+ ". Press *Done* when it is done.";
			job.dm(ASSIGNED + ":" + job.subject(), followUp.ownerId(), SlackMessage
				.of(plain(followUp, "You own follow-up"), FollowUpLines.withButtons(text, followUp, true)));
		}

		@Override
		public String describe(String subject) {
			return "assignment message of follow-up " + FollowUp.keyOf(Long.parseLong(subject.split(":", 2)[0]));
		}

	}

	/**
	 * Sends one reminder: a nudge, an overdue notice, an escalation or a snoozed one.
	 */
	@Component
	static class Reminder implements SlackWork {

		private final FollowUpQueries queries;

		private final FollowUpReminderRepository reminders;

		Reminder(FollowUpQueries queries, FollowUpReminderRepository reminders) {
			this.queries = queries;
			this.reminders = reminders;
		}

		@Override
		public String type() {
			return REMINDER;
		}

		@Override
		public void run(SlackJob job) {
			FollowUpReminder reminder = this.reminders.findById(Long.parseLong(job.subject())).orElse(null);
			if (reminder == null) {
				return;
			}
			FollowUp followUp = this.queries.find(FollowUp.keyOf(reminder.followUpId())).orElse(null);
			if (followUp == null || followUp.done() || !this.queries.mayView(followUp, reminder.recipient())) {
				return;
			}
			boolean toOwner = reminder.recipient().equals(followUp.ownerId());
			if (reminder.kind() != FollowUpReminder.Kind.ESCALATION && !toOwner) {
				// given to someone else since; their own reminders follow
				return;
			}
			String text = ReminderView.text(reminder.kind(), followUp);
			job.dm(REMINDER + ":" + reminder.id(), reminder.recipient(),
					SlackMessage.of(ReminderView.notification(reminder.kind(), followUp),
							FollowUpLines.withButtons(text, followUp, toOwner)));
		}

		@Override
		public String describe(String subject) {
			return "follow-up reminder " + subject;
		}

	}

	static String plain(FollowUp followUp, String what) {
		return what + " " + followUp.key();
	}

}
