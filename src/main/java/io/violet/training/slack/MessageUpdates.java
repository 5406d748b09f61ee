package io.violet.training.slack;

import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;
import io.violet.training.RsvpRecorded;
import io.violet.training.SessionAgendaChanged;
import io.violet.training.TrainingSessions;
import io.violet.training.internal.Deliveries;
import io.violet.training.internal.DeliveryKind;
import io.violet.training.internal.SessionTrackers;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the invitee's invitation and the organiser's view of the answers current after an
 * answer or a completion, and every invitation after a workshop's agenda changed. Both
 * are refreshes ({@code chat.update}, safe to repeat) queued as Slack work: the listener
 * makes no Slack call inside its transaction, and a burst of answers to one session
 * redraws its tracker once per pending refresh rather than once per answer.
 */
@Component
class MessageUpdates {

	private final SlackJobs jobs;

	private final TrainingSessions sessions;

	MessageUpdates(SlackJobs jobs, TrainingSessions sessions) {
		this.jobs = jobs;
		this.sessions = sessions;
	}

	@ApplicationModuleListener
	void on(RsvpRecorded event) {
		String invite = event.sessionId() + ":" + event.userId();
		this.jobs.refresh(InviteUpdate.TYPE, InviteUpdate.TYPE + ":" + invite, invite);
		String session = Long.toString(event.sessionId());
		this.jobs.refresh(TrackerUpdate.TYPE, TrackerUpdate.TYPE + ":" + session, session);
	}

	/**
	 * Every invitation already sent is redrawn with the new agenda; one not sent yet is
	 * drawn with it when it is sent (its update finds nothing to redraw).
	 */
	@ApplicationModuleListener
	void on(SessionAgendaChanged event) {
		for (TrainingSessions.InviteeAnswer invitee : this.sessions.invitees(event.sessionId())) {
			String invite = event.sessionId() + ":" + invitee.userId();
			this.jobs.refresh(InviteUpdate.TYPE, InviteUpdate.TYPE + ":" + invite, invite);
		}
	}

	/**
	 * Redraws one invitee's invitation with their answer.
	 */
	@Component
	static class InviteUpdate implements SlackWork {

		/** Stored with every job: never rename. */
		static final String TYPE = "training.invite-update";

		private final TrainingSessions sessions;

		private final Deliveries deliveries;

		private final DeliveryWorker worker;

		private final TrainingMessages messages;

		InviteUpdate(TrainingSessions sessions, Deliveries deliveries, DeliveryWorker worker,
				TrainingMessages messages) {
			this.sessions = sessions;
			this.deliveries = deliveries;
			this.worker = worker;
			this.messages = messages;
		}

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public void run(SlackJob job) {
			String[] parts = job.subject().split(":", 2);
			long sessionId = Long.parseLong(parts[0]);
			String userId = parts[1];
			this.sessions.find(sessionId).ifPresent((session) -> {
				Deliveries.SentMessage invite = this.deliveries.sentMessage(sessionId, userId, DeliveryKind.INVITE);
				if (invite != null) {
					job.update(invite.channelId(), invite.ts(), SlackMessage.of(this.messages.inviteText(session),
							this.worker.inviteBlocks(session, userId)));
				}
			});
		}

		@Override
		public String describe(String subject) {
			return "invitation update " + subject;
		}

	}

	/**
	 * Redraws the organiser's tracker of a session's answers.
	 */
	@Component
	static class TrackerUpdate implements SlackWork {

		/** Stored with every job: never rename. */
		static final String TYPE = "training.tracker-update";

		private final TrainingSessions sessions;

		private final SessionTrackers trackers;

		private final DeliveryWorker worker;

		private final TrainingMessages messages;

		TrackerUpdate(TrainingSessions sessions, SessionTrackers trackers, DeliveryWorker worker,
				TrainingMessages messages) {
			this.sessions = sessions;
			this.trackers = trackers;
			this.worker = worker;
			this.messages = messages;
		}

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public void run(SlackJob job) {
			long sessionId = Long.parseLong(job.subject());
			this.sessions.find(sessionId)
				.ifPresent((session) -> this.trackers.of(sessionId)
					.ifPresent((tracker) -> job.update(tracker.channelId(), tracker.ts(),
							SlackMessage.of(this.messages.trackerText(session), this.worker.trackerBlocks(session)))));
		}

		@Override
		public String describe(String subject) {
			return "tracker update of session " + subject;
		}

	}

}
