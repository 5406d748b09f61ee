package io.violet.initiative.slack;

import java.time.Clock;
import java.time.temporal.ChronoUnit;

import io.violet.directory.Directory;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Tells Violet admins that initiatives cannot be created because no channel is
 * configured: at most once an hour across every replica, since the hour is part of the
 * job's key, and each admin's DM is a keyed effect of that job.
 */
@Component
class AdminNotice {

	private final SlackJobs jobs;

	private final Clock clock;

	AdminNotice(SlackJobs jobs, Clock clock) {
		this.jobs = jobs;
		this.clock = clock;
	}

	void channelNotConfigured(String triedBy) {
		long hour = this.clock.instant().truncatedTo(ChronoUnit.HOURS).getEpochSecond();
		this.jobs.submit(Notice.TYPE, Notice.TYPE + ":" + hour, hour + ":" + triedBy);
	}

	/**
	 * The DMs to the admins named in {@code VIOLET_ADMINS}.
	 */
	@Component
	static class Notice implements SlackWork {

		/** Stored with every job: never rename. */
		static final String TYPE = "initiative.no-channel-notice";

		private final Directory directory;

		Notice(Directory directory) {
			this.directory = directory;
		}

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public void run(SlackJob job) {
			String[] parts = job.subject().split(":", 2);
			String text = ":warning: " + Mrkdwn.user(parts[1])
					+ " tried to create an AI initiative, but Violet has no initiatives channel. "
					+ "Set `VIOLET_INITIATIVES_CHANNEL` to a channel id and invite Violet there.";
			// an admin Slack refuses (deactivated) is recorded and skipped; the others
			// are still told
			this.directory.configuredAdmins()
				.forEach((admin) -> job.dm(TYPE + ":" + parts[0] + ":" + admin, admin, SlackMessage.of(text)));
		}

		@Override
		public String describe(String subject) {
			return "notice to admins: no initiatives channel";
		}

	}

}
