package io.violet.initiative.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.directory.Directory;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.StageGate;
import io.violet.initiative.ThreadMessage;
import io.violet.initiative.internal.InitiativeCardStale;
import io.violet.initiative.internal.InitiativeMessage;
import io.violet.initiative.internal.InitiativeMessagesQueued;
import io.violet.initiative.internal.MessageOutbox;
import io.violet.initiative.internal.ThreadLedger;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackGateway.Posted;
import io.violet.slack.SlackMethod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers an initiative's queued messages and keeps its thread's parent card current.
 * <p>
 * Each step is committed on its own (the listeners run outside any transaction scope, so
 * no database connection is held while Slack is called; the event publication registry
 * still records and resubmits them): the parent's ts is stored as soon as Slack accepted
 * it, each message is claimed before and marked after its post. A thread Slack lost
 * ({@code message_not_found}, {@code thread_not_found}) gets a fresh parent whose ts
 * replaces the old one. Slack being unavailable fails the listener, so that the
 * publication is retried.
 */
@Component
class ThreadDelivery {

	private static final Logger log = LoggerFactory.getLogger(ThreadDelivery.class);

	private static final Set<String> THREAD_LOST = Set.of("message_not_found", "thread_not_found");

	private static final Set<String> CHANNEL_PROBLEMS = Set.of("not_in_channel", "channel_not_found", "is_archived",
			"restricted_action", "missing_scope");

	private static final Duration ANCHOR_WAIT = Duration.ofSeconds(15);

	private final ThreadLedger ledger;

	private final MessageOutbox outbox;

	private final SlackGateway gateway;

	private final ObjectProvider<StageGate> gate;

	private final Directory directory;

	private final VioletSettings settings;

	private final Clock clock;

	private final CardSections sections;

	ThreadDelivery(ThreadLedger ledger, MessageOutbox outbox, SlackGateway gateway, ObjectProvider<StageGate> gate,
			Directory directory, VioletSettings settings, Clock clock, CardSections sections) {
		this.sections = sections;
		this.ledger = ledger;
		this.outbox = outbox;
		this.gateway = gateway;
		this.gate = gate;
		this.directory = directory;
		this.settings = settings;
		this.clock = clock;
	}

	@TransactionalEventListener
	@Async
	void on(InitiativeMessagesQueued event) {
		deliver(event.initiativeId());
	}

	@TransactionalEventListener
	@Async
	void on(InitiativeCardStale event) {
		refreshCard(event.initiativeId());
	}

	/**
	 * Delivers whatever is pending for initiatives whose messages waited over a minute
	 * (their delivery failed in a way no publication retry covers).
	 */
	void deliverStuck() {
		for (long id : this.ledger.initiativesWithStuckMessages()) {
			try {
				deliver(id);
			}
			catch (RuntimeException ex) {
				log.warn("Delivery for initiative {} still failing: {}", id, ex.getMessage());
			}
		}
	}

	/**
	 * Posts the thread's parent if needed, then every pending message in order.
	 * @param initiativeId the initiative
	 */
	void deliver(long initiativeId) {
		InitiativeDetails initiative = this.ledger.details(initiativeId).orElse(null);
		if (initiative == null) {
			return;
		}
		for (InitiativeMessage message : this.ledger.pending(initiativeId)) {
			if (!message.inThread()) {
				send(message, null);
			}
		}
		Anchor anchor = ensureAnchor(initiativeId);
		if (anchor == null) {
			return;
		}
		// messages queued while this runs are picked up by the next round
		List<InitiativeMessage> pending = this.ledger.pending(initiativeId);
		while (!pending.isEmpty()) {
			for (InitiativeMessage message : pending) {
				anchor = message.inThread() ? sendInThread(initiativeId, message, anchor) : send(message, anchor);
			}
			List<InitiativeMessage> next = this.ledger.pending(initiativeId);
			if (next.stream()
				.map(InitiativeMessage::id)
				.toList()
				.equals(pending.stream().map(InitiativeMessage::id).toList())) {
				// everything left is claimed by another node
				return;
			}
			pending = next;
		}
	}

	private Anchor send(InitiativeMessage message, Anchor anchor) {
		String recipient = message.recipient();
		if (recipient == null || !this.ledger.claim(message.id())) {
			return anchor;
		}
		try {
			ThreadMessage body = message.message();
			Posted posted = this.gateway.dm(recipient, body.text(), MessageBlocks.of(body));
			this.ledger.posted(message.id(), posted.channel(), posted.ts());
		}
		catch (SlackApiError ex) {
			// a deactivated user or a closed DM: nothing will change by retrying
			log.warn("Could not send a direct message about an initiative: {}", ex.error());
			this.ledger.posted(message.id(), "", "failed:" + ex.error());
		}
		catch (RuntimeException ex) {
			this.ledger.release(message.id());
			throw ex;
		}
		return anchor;
	}

	private Anchor sendInThread(long initiativeId, InitiativeMessage message, Anchor anchor) {
		if (!this.ledger.claim(message.id())) {
			return anchor;
		}
		ThreadMessage body = message.message();
		try {
			Posted posted = this.gateway.post(anchor.channel(), anchor.ts(), body.text(), MessageBlocks.of(body));
			this.ledger.posted(message.id(), posted.channel(), posted.ts());
			return anchor;
		}
		catch (SlackApiError ex) {
			if (THREAD_LOST.contains(ex.error())) {
				this.ledger.release(message.id());
				Anchor fresh = reanchor(initiativeId, anchor);
				if (fresh == null || !this.ledger.claim(message.id())) {
					return (fresh != null) ? fresh : anchor;
				}
				try {
					Posted posted = this.gateway.post(fresh.channel(), fresh.ts(), body.text(), MessageBlocks.of(body));
					this.ledger.posted(message.id(), posted.channel(), posted.ts());
				}
				catch (RuntimeException again) {
					this.ledger.release(message.id());
					throw again;
				}
				return fresh;
			}
			if (CHANNEL_PROBLEMS.contains(ex.error())) {
				this.ledger.release(message.id());
				throw ex;
			}
			log.warn("Slack refused a thread reply for initiative {}: {}", initiativeId, ex.error());
			this.ledger.posted(message.id(), anchor.channel(), "failed:" + ex.error());
			return anchor;
		}
		catch (RuntimeException ex) {
			this.ledger.release(message.id());
			throw ex;
		}
	}

	/**
	 * The thread's parent, posting it when there is none yet.
	 * @param initiativeId the initiative
	 * @return the anchor, or null when the initiative is gone
	 */
	private Anchor ensureAnchor(long initiativeId) {
		Instant giveUp = Instant.now().plus(ANCHOR_WAIT);
		while (true) {
			InitiativeDetails initiative = this.ledger.details(initiativeId).orElse(null);
			if (initiative == null) {
				return null;
			}
			if (initiative.threadTs() != null && initiative.channelId() != null) {
				return new Anchor(initiative.channelId(), initiative.threadTs());
			}
			if (this.ledger.claimAnchor(initiativeId)) {
				return postParent(initiativeId, initiative);
			}
			if (Instant.now().isAfter(giveUp)) {
				throw new IllegalStateException("The parent of initiative " + initiativeId + " is still being posted");
			}
			// another node is posting the parent; it takes one Slack call
			pause();
		}
	}

	private Anchor postParent(long initiativeId, InitiativeDetails initiative) {
		String channel = this.settings.initiativesChannel();
		try {
			Posted posted = postCard(channel, initiative);
			this.ledger.anchor(initiativeId, posted.channel(), posted.ts());
			return new Anchor(posted.channel(), posted.ts());
		}
		catch (SlackApiError ex) {
			this.ledger.releaseAnchor(initiativeId);
			if (CHANNEL_PROBLEMS.contains(ex.error()) || channel.isBlank()) {
				reportChannelProblem(initiativeId, initiative, ex.error());
			}
			throw ex;
		}
		catch (RuntimeException ex) {
			this.ledger.releaseAnchor(initiativeId);
			throw ex;
		}
	}

	private Posted postCard(String channel, InitiativeDetails initiative) {
		List<StageGate.ReviewState> reviews = reviews(initiative.key());
		try {
			return this.gateway.post(channel, null, CardView.text(initiative),
					CardView.blocks(initiative, reviews, this.sections.of(initiative)));
		}
		catch (SlackApiError ex) {
			if (!"not_in_channel".equals(ex.error())) {
				throw ex;
			}
			// a public channel Violet may join by itself; a private one needs an
			// invitation
			var joined = this.gateway.call(SlackMethod.CONVERSATIONS_JOIN,
					(c) -> c.conversationsJoin((r) -> r.channel(channel)));
			if (!joined.isOk()) {
				throw ex;
			}
			return this.gateway.post(channel, null, CardView.text(initiative),
					CardView.blocks(initiative, reviews, this.sections.of(initiative)));
		}
	}

	private void reportChannelProblem(long initiativeId, InitiativeDetails initiative, String error) {
		String channel = this.settings.initiativesChannel();
		String problem = channel.isBlank() ? "no initiatives channel is configured (`VIOLET_INITIATIVES_CHANNEL`)"
				: "Violet cannot post in " + Mrkdwn.channel(channel) + " (`" + error
						+ "`); invite it with `/invite @Violet` there, or check `VIOLET_INITIATIVES_CHANNEL`";
		String text = ":warning: *" + initiative.key() + "* is recorded, but its thread could not be started: "
				+ problem + ". Violet keeps trying; the thread appears as soon as it can post.";
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(initiative.createdBy());
		recipients.addAll(this.directory.configuredAdmins());
		for (String user : recipients) {
			this.outbox.queue(initiativeId, "channel-problem:" + error + ":" + user, user, ThreadMessage.of(text));
		}
	}

	private Anchor reanchor(long initiativeId, Anchor lost) {
		this.ledger.forgetAnchor(initiativeId, lost.ts());
		Anchor fresh = ensureAnchor(initiativeId);
		if (fresh != null && !fresh.ts().equals(lost.ts())) {
			this.ledger.recordReanchor(initiativeId, fresh.channel(), fresh.ts());
		}
		return fresh;
	}

	/**
	 * Redraws the parent card with the current state.
	 * @param initiativeId the initiative
	 */
	void refreshCard(long initiativeId) {
		InitiativeDetails initiative = this.ledger.details(initiativeId).orElse(null);
		if (initiative == null || initiative.threadTs() == null || initiative.channelId() == null) {
			// the parent is drawn from the current state when it is first posted
			return;
		}
		try {
			this.gateway.update(initiative.channelId(), initiative.threadTs(), CardView.text(initiative),
					CardView.blocks(initiative, reviews(initiative.key()), this.sections.of(initiative)));
		}
		catch (SlackApiError ex) {
			if (THREAD_LOST.contains(ex.error()) || "cant_update_message".equals(ex.error())) {
				reanchor(initiativeId, new Anchor(initiative.channelId(), initiative.threadTs()));
				return;
			}
			log.warn("Could not redraw the card of {}: {}", initiative.key(), ex.error());
		}
	}

	private List<StageGate.ReviewState> reviews(String key) {
		return StageGate.reviews(this.gate.orderedStream().toList(), key);
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a thread's parent", ex);
		}
	}

	record Anchor(String channel, String ts) {

	}

}
