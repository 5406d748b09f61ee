package io.violet.training.slack;

import io.violet.slack.SlackGateway;
import io.violet.training.Deliveries;
import io.violet.training.DeliveryKind;
import io.violet.training.RsvpRecorded;
import io.violet.training.TrainingSessions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the invitee's invitation and the organiser's view of the answers current after an
 * answer or a completion. Updates are safe to repeat.
 */
@Component
class MessageUpdates {

	private final TrainingSessions sessions;

	private final Deliveries deliveries;

	private final DeliveryWorker worker;

	private final TrainingMessages messages;

	private final SlackGateway gateway;

	MessageUpdates(TrainingSessions sessions, Deliveries deliveries, DeliveryWorker worker, TrainingMessages messages,
			SlackGateway gateway) {
		this.sessions = sessions;
		this.deliveries = deliveries;
		this.worker = worker;
		this.messages = messages;
		this.gateway = gateway;
	}

	@ApplicationModuleListener
	void on(RsvpRecorded event) {
		this.sessions.find(event.sessionId()).ifPresent((session) -> {
			Deliveries.SentMessage invite = this.deliveries.sentMessage(session.id(), event.userId(),
					DeliveryKind.INVITE);
			if (invite != null) {
				this.gateway.update(invite.channelId(), invite.ts(), this.messages.inviteText(session),
						this.worker.inviteBlocks(session, event.userId()));
			}
			this.sessions.tracker(session.id())
				.ifPresent((tracker) -> this.gateway.update(tracker.channelId(), tracker.ts(),
						this.messages.trackerText(session), this.worker.trackerBlocks(session)));
		});
	}

}
