package io.violet.training.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackUnavailableException;
import io.violet.training.Catalog;
import io.violet.training.Completions;
import io.violet.training.Compliance;
import io.violet.training.Deliveries;
import io.violet.training.Delivery;
import io.violet.training.DeliveryKick;
import io.violet.training.DeliveryKind;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionStatus;
import io.violet.training.TrainingSessions;
import io.violet.training.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends queued messages in small batches, one recipient at a time: the gateway waits out
 * Slack's 429s, so the pace follows Slack's limits. Each message is marked sent with its
 * ts right after Slack accepted it; a message claimed by a node that died mid-post is
 * looked up in the DM (by its metadata) before it is sent again.
 */
@Component
public class DeliveryWorker {

	static final String METADATA_TYPE = "violet_training_delivery";

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final Duration RUN_BUDGET = Duration.ofSeconds(40);

	private final Deliveries deliveries;

	private final TrainingSessions sessions;

	private final Completions completions;

	private final Compliance compliance;

	private final Catalog catalog;

	private final TrainingMessages messages;

	private final SlackGateway gateway;

	private final DeliveryKick kick;

	private final int batchSize;

	private final java.time.Clock clock;

	private volatile boolean stopping;

	DeliveryWorker(Deliveries deliveries, TrainingSessions sessions, Completions completions, Compliance compliance,
			Catalog catalog, TrainingMessages messages, SlackGateway gateway, DeliveryKick kick,
			TrainingSettings settings, java.time.Clock clock) {
		this.clock = clock;
		this.deliveries = deliveries;
		this.sessions = sessions;
		this.completions = completions;
		this.compliance = compliance;
		this.catalog = catalog;
		this.messages = messages;
		this.gateway = gateway;
		this.kick = kick;
		this.batchSize = Math.max(1, settings.batchSize());
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		// the rest stays queued for another replica or the next start
		this.stopping = true;
	}

	/**
	 * Sends batches for at most about 40 seconds, then hands over to a fresh run.
	 * @return how many messages were sent
	 */
	public int run() {
		long deadline = System.nanoTime() + RUN_BUDGET.toNanos();
		int sent = 0;
		while (!this.stopping && System.nanoTime() < deadline) {
			List<Delivery> batch = this.deliveries.claim(this.batchSize);
			if (batch.isEmpty()) {
				return sent;
			}
			for (int i = 0; i < batch.size(); i++) {
				if (this.stopping) {
					batch.subList(i, batch.size()).forEach((d) -> this.deliveries.retryLater(d.id(), "stopped"));
					return sent;
				}
				try {
					sent += send(batch.get(i)) ? 1 : 0;
				}
				catch (SlackUnavailableException ex) {
					log.warn("Slack unavailable; {} queued messages wait for the next run", batch.size() - i);
					batch.subList(i, batch.size())
						.forEach((d) -> this.deliveries.retryLater(d.id(), "slack unavailable"));
					return sent;
				}
			}
		}
		if (!this.stopping && this.deliveries.anyPending()) {
			this.kick.now();
		}
		return sent;
	}

	/**
	 * Sends everything queued now, for tests and tools; safe alongside the job.
	 * @return how many messages were sent
	 */
	public int drain() {
		int total = 0;
		int sent;
		do {
			sent = run();
			total += sent;
		}
		while (sent > 0);
		return total;
	}

	private boolean send(Delivery delivery) {
		Optional<Message> content = content(delivery);
		if (content.isEmpty()) {
			return false;
		}
		String channel = delivery.channelId();
		if (channel == null) {
			var open = this.gateway.call(SlackMethod.CONVERSATIONS_OPEN,
					(c) -> c.conversationsOpen((r) -> r.users(List.of(delivery.userId()))));
			if (!open.isOk() || open.getChannel() == null) {
				this.deliveries.failed(delivery.id(), String.valueOf(open.getError()));
				return false;
			}
			channel = open.getChannel().getId();
			this.deliveries.channelOpened(delivery.id(), channel);
		}
		else if (delivery.uncertain()) {
			Optional<String> ts = alreadyPosted(channel, delivery.id());
			if (ts.isPresent()) {
				this.deliveries.sent(delivery.id(), channel, ts.get());
				afterSent(delivery, channel, ts.get());
				return false;
			}
		}
		String dm = channel;
		Message message = content.get();
		var response = this.gateway.call(SlackMethod.CHAT_POST_MESSAGE, (c) -> c.chatPostMessage((r) -> {
			r.channel(dm).text(Mrkdwn.truncate(message.getText(), 39_000)).unfurlLinks(false).unfurlMedia(false);
			r.metadata(new Message.Metadata(METADATA_TYPE, Map.of("delivery", Long.toString(delivery.id()))));
			if (message.getBlocks() != null && !message.getBlocks().isEmpty()) {
				r.blocks(message.getBlocks());
			}
			return r;
		}));
		if (!response.isOk()) {
			this.deliveries.failed(delivery.id(), String.valueOf(response.getError()));
			return false;
		}
		this.deliveries.sent(delivery.id(), response.getChannel(), response.getTs());
		afterSent(delivery, response.getChannel(), response.getTs());
		return true;
	}

	private void afterSent(Delivery delivery, String channel, String ts) {
		if (delivery.kind() == DeliveryKind.TRACKER && delivery.sessionId() != null) {
			this.sessions.trackedAt(delivery.sessionId(), channel, ts);
		}
	}

	private Optional<String> alreadyPosted(String channel, long deliveryId) {
		try {
			var history = this.gateway.require(SlackMethod.CONVERSATIONS_HISTORY,
					(c) -> c.conversationsHistory((r) -> r.channel(channel).limit(50).includeAllMetadata(true)));
			if (history.getMessages() == null) {
				return Optional.empty();
			}
			return history.getMessages()
				.stream()
				.filter((m) -> m.getMetadata() != null && METADATA_TYPE.equals(m.getMetadata().getEventType())
						&& m.getMetadata().getEventPayload() != null
						&& Long.toString(deliveryId)
							.equals(String.valueOf(m.getMetadata().getEventPayload().get("delivery"))))
				.map(Message::getTs)
				.findFirst();
		}
		catch (SlackApiError ex) {
			log.warn("Could not check a DM for an interrupted message ({}); sending it", ex.error());
			return Optional.empty();
		}
	}

	private Optional<Message> content(Delivery delivery) {
		Session session = null;
		if (delivery.sessionId() != null) {
			session = this.sessions.find(delivery.sessionId()).orElse(null);
			if (session == null) {
				this.deliveries.skipped(delivery.id(), "session gone");
				return Optional.empty();
			}
			boolean cancelNotice = delivery.kind() == DeliveryKind.CANCELLED
					|| delivery.kind() == DeliveryKind.DRILL_NOT_OPENED;
			if (session.cancelled() && !cancelNotice) {
				this.deliveries.skipped(delivery.id(), "session cancelled");
				return Optional.empty();
			}
		}
		Message message = new Message();
		switch (delivery.kind()) {
			case INVITE -> {
				Rsvp rsvp = this.sessions.rsvpOf(session.id(), delivery.userId()).orElse(Rsvp.PENDING);
				message.setText(this.messages.inviteText(session));
				message.setBlocks(this.messages.invite(session, rsvp, false));
			}
			case TRACKER -> {
				message.setText(this.messages.trackerText(session));
				message.setBlocks(trackerBlocks(session));
			}
			case REMINDER_24H, REMINDER_1H -> {
				if (!session.startsAt().isAfter(this.clock.instant()) || session.status() != SessionStatus.SCHEDULED) {
					this.deliveries.skipped(delivery.id(), "session started");
					return Optional.empty();
				}
				message.setText(this.messages.reminderText(session, delivery.kind() == DeliveryKind.REMINDER_1H));
			}
			case CANCELLED -> message.setText(this.messages.cancelledText(session));
			case DRILL_NOT_OPENED -> message.setText(this.messages.drillNotOpenedText(session));
			case DIGEST -> {
				List<Compliance.TopicStatus> overdue = this.compliance.statusOf(delivery.userId())
					.stream()
					.filter(Compliance.TopicStatus::overdue)
					.toList();
				if (overdue.isEmpty()) {
					this.deliveries.skipped(delivery.id(), "no longer overdue");
					return Optional.empty();
				}
				message.setText(this.messages.digestText(overdue));
			}
			case DUE -> {
				String topicKey = delivery.dedupeKey().split(":")[1];
				message.setText(this.catalog.find(topicKey)
					.map((t) -> this.messages.dueText(t.title(), t.key()))
					.orElse("A training became due for you. See `/violet training status`."));
			}
		}
		return Optional.of(message);
	}

	List<LayoutBlock> trackerBlocks(Session session) {
		return this.messages.tracker(session, this.sessions.invitees(session.id()),
				this.deliveries.counts(session.id()), this.deliveries.failures(session.id()));
	}

	List<LayoutBlock> inviteBlocks(Session session, String userId) {
		return this.messages.invite(session, this.sessions.rsvpOf(session.id(), userId).orElse(Rsvp.PENDING),
				this.completions.completed(session.id(), userId));
	}

}
