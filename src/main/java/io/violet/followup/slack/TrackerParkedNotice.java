package io.violet.followup.slack;

import io.violet.directory.Directory;
import io.violet.followup.FollowUp;
import io.violet.followup.tracker.TrackerQueue;
import io.violet.followup.tracker.TrackerSyncParked;
import io.violet.followup.tracker.Trackers;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells Violet admins by direct message that a follow-up's tracker sync is parked, with
 * the tracker's answer and the command that runs it again. One job per parking (its time
 * is in the key), each admin's DM a keyed effect, so a rerun tells no one twice; the
 * message names the follow-up by its key only, since a private incident's follow-up keeps
 * its text in the room.
 */
@Component
class TrackerParkedNotice {

	/** Stored with every job: never rename. */
	static final String TYPE = "followup.tracker-parked";

	private final SlackJobs jobs;

	TrackerParkedNotice(SlackJobs jobs) {
		this.jobs = jobs;
	}

	@EventListener
	void on(TrackerSyncParked event) {
		String subject = event.followUpId() + ":" + event.parkedAt().toEpochMilli();
		this.jobs.submit(TYPE, TYPE + ":" + subject, subject);
	}

	/**
	 * The DMs to the admins named in {@code VIOLET_ADMINS}.
	 */
	@Component
	static class Notice implements SlackWork {

		private final Directory directory;

		private final TrackerQueue queue;

		private final Trackers trackers;

		Notice(Directory directory, TrackerQueue queue, Trackers trackers) {
			this.directory = directory;
			this.queue = queue;
			this.trackers = trackers;
		}

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public void run(SlackJob job) {
			long followUpId = Long.parseLong(job.subject().substring(0, job.subject().indexOf(':')));
			var parked = this.queue.parked().stream().filter((p) -> p.followUpId() == followUpId).findFirst();
			if (parked.isEmpty()) {
				// retried (or synced) since: nothing to tell
				return;
			}
			String key = FollowUp.keyOf(followUpId);
			String text = ":warning: The " + this.trackers.settings().kind() + " sync of follow-up *" + key
					+ "* is parked after " + TrackerCommand.tries(parked.get().attempts()) + ": `"
					+ Mrkdwn.escapeAndTruncate((parked.get().error() != null) ? parked.get().error() : "unknown", 300)
					+ "`. Violet does not try it again by itself. Fix the cause (token, project, workflow), then `"
					+ "/violet follow-up tracker retry " + key
					+ "`; `/violet follow-up tracker` lists every parked sync.";
			this.directory.configuredAdmins()
				.forEach((admin) -> job.dm(TYPE + ":" + job.subject() + ":" + admin, admin, SlackMessage.of(text)));
		}

		@Override
		public String describe(String subject) {
			return "notice to admins: tracker sync of " + FollowUp.keyOf(Long.parseLong(subject.split(":")[0]))
					+ " parked";
		}

	}

}
