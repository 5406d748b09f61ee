package io.violet.training.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.slack.api.model.Message;
import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackRetryLaterException;
import io.violet.slack.SlackUnavailableException;
import io.violet.slack.SlackWorkSettings;
import io.violet.training.Catalog;
import io.violet.training.Compliance;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.SessionStatus;
import io.violet.training.TrainingSessions;
import io.violet.training.internal.Completions;
import io.violet.training.internal.Deliveries;
import io.violet.training.internal.Delivery;
import io.violet.training.internal.DeliveryKind;
import io.violet.training.internal.DeliveryStarter;
import io.violet.training.internal.SessionTrackers;
import io.violet.training.internal.TrainingSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Sends queued messages in small batches, one recipient at a time, so that the pace
 * follows Slack's limits. Each message is marked sent with its ts right after Slack
 * accepted it; a message claimed by a node that died mid-post is looked up in the DM (by
 * its metadata) before it is sent again.
 * <p>
 * This queue stays beside the Slack job runner rather than in it: a fan-out to thousands
 * of people is one row per person that the tracker counts, sent one after another, so
 * that a rate limit stops the whole queue once instead of every message meeting it on its
 * own. It follows the runner's rules: the gateway sleeps only through short waits, and a
 * longer {@code Retry-After} pauses the queue until then with the batch left untried; an
 * outage pauses it with the runner's backoff and counts against the runner's cap of
 * failures; Slack's answers are classified by {@link SlackErrors}, and a message refused
 * for a reason a person must fix (or given up on past the cap) is parked as Slack work
 * ({@link ParkedDelivery}), listed in {@code /violet ops failed} and queued again by
 * {@code /violet ops retry}.
 */
@Component
public class DeliveryWorker {

	static final String METADATA_TYPE = "violet_training_delivery";

	private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

	private static final Duration RUN_BUDGET = Duration.ofSeconds(40);

	private static final Pause NO_PAUSE = new Pause(Instant.EPOCH, Instant.EPOCH);

	private final Deliveries deliveries;

	private final TrainingSessions sessions;

	private final SessionTrackers trackers;

	private final Completions completions;

	private final Compliance compliance;

	private final Catalog catalog;

	private final TrainingMessages messages;

	private final SlackGateway gateway;

	private final DeliveryStarter starter;

	private final int batchSize;

	private final java.time.Clock clock;

	private final ParkedDelivery parked;

	private final SlackWorkSettings work;

	private volatile boolean stopping;

	/**
	 * Since and until when Slack asked this node to wait (a long rate limit, an outage's
	 * backoff).
	 */
	private volatile Pause pause = NO_PAUSE;

	/** Outages in a row, for the backoff. */
	private final AtomicInteger outages = new AtomicInteger();

	DeliveryWorker(Deliveries deliveries, TrainingSessions sessions, SessionTrackers trackers, Completions completions,
			Compliance compliance, Catalog catalog, TrainingMessages messages, SlackGateway gateway,
			DeliveryStarter starter, TrainingSettings settings, SlackWorkSettings work, ParkedDelivery parked,
			java.time.Clock clock) {
		this.clock = clock;
		this.work = work;
		this.parked = parked;
		this.deliveries = deliveries;
		this.sessions = sessions;
		this.trackers = trackers;
		this.completions = completions;
		this.compliance = compliance;
		this.catalog = catalog;
		this.messages = messages;
		this.gateway = gateway;
		this.starter = starter;
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
			if (this.pause.holds(this.clock.instant())) {
				// the regular run after the pause takes it up again
				return sent;
			}
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
					this.outages.set(0);
					this.pause = NO_PAUSE;
				}
				catch (SlackRetryLaterException ex) {
					// no thread waits out a long rate limit: the queue waits instead
					log.info("Slack asked to wait until {}; {} queued messages wait", ex.notBefore(), batch.size() - i);
					batch.subList(i, batch.size())
						.forEach((d) -> this.deliveries.notTried(d.id(), "rate limited until " + ex.notBefore()));
					this.pause = new Pause(this.clock.instant(), ex.notBefore());
					return sent;
				}
				catch (SlackUnavailableException ex) {
					Delivery failing = batch.get(i);
					Duration wait = this.work.backoff(this.outages.incrementAndGet());
					log.warn("Slack unavailable ({}); {} queued messages wait {} s", ex.error(), batch.size() - i,
							wait.toSeconds());
					if (failing.attempts() >= this.work.maxFailures()) {
						this.deliveries.failed(failing.id(),
								"gave up after " + failing.attempts() + " failures: " + ex.error());
						this.parked.park(failing.id(), ex.method());
					}
					else {
						this.deliveries.retryLater(failing.id(), ex.error());
					}
					batch.subList(i + 1, batch.size()).forEach((d) -> this.deliveries.notTried(d.id(), ex.error()));
					this.pause = new Pause(this.clock.instant(), this.clock.instant().plus(wait));
					return sent;
				}
			}
		}
		if (!this.stopping && this.deliveries.anyPending()) {
			this.starter.now();
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
				refused(delivery, String.valueOf(open.getError()), SlackMethod.CONVERSATIONS_OPEN);
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
			refused(delivery, String.valueOf(response.getError()), SlackMethod.CHAT_POST_MESSAGE);
			return false;
		}
		this.deliveries.sent(delivery.id(), response.getChannel(), response.getTs());
		afterSent(delivery, response.getChannel(), response.getTs());
		return true;
	}

	/**
	 * Slack refused a message for good: a person who cannot receive it is shown on the
	 * tracker; what a person must fix, or a request Slack found malformed, is parked for
	 * admins too. Never retried blindly.
	 */
	private void refused(Delivery delivery, String error, SlackMethod method) {
		this.deliveries.failed(delivery.id(), error);
		if (SlackErrors.parks(error)) {
			this.parked.park(delivery.id(), method);
		}
	}

	private void afterSent(Delivery delivery, String channel, String ts) {
		if (delivery.kind() == DeliveryKind.TRACKER && delivery.sessionId() != null) {
			this.trackers.postedAt(delivery.sessionId(), channel, ts);
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

	/**
	 * A wait Slack asked for; a clock set back before it began (a test, a corrected
	 * clock) ends it.
	 */
	private record Pause(Instant from, Instant until) {

		boolean holds(Instant now) {
			return !now.isBefore(this.from) && now.isBefore(this.until);
		}

	}

}
