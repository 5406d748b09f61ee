package io.violet.initiative.slack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.directory.Directory;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.StageGate;
import io.violet.initiative.ThreadMessage;
import io.violet.initiative.internal.InitiativeMessage;
import io.violet.initiative.internal.MessageOutbox;
import io.violet.initiative.internal.ThreadLedger;
import io.violet.slack.Effect;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Delivers an initiative's queued messages and keeps its thread's parent card current, as
 * one Slack job per initiative ({@link MessageOutbox#THREAD_WORK}).
 * <p>
 * One job per initiative keeps the thread in order (the parent before any reply, the
 * replies in the order they were queued) without claims between nodes: the runner lets
 * one run of a key happen at a time. Every post is a keyed effect ({@code
 * initiative.parent:<id>:<generation>},
 * {@code initiative.message:<message>:<generation>}) recorded before the next, and the
 * ledger row is marked as soon as its effect is done, so a rerun only does what has not
 * happened. A thread Slack lost ({@code message_not_found}, {@code thread_not_found})
 * starts the next generation: a fresh parent, whose ts replaces the old one. A channel
 * Violet cannot post in (not invited, archived, a missing scope) parks the job for
 * admins, and the creator and the admins are told once; the messages stay queued in their
 * order until an admin retries.
 */
@Component
class ThreadDelivery implements SlackWork {

	private static final Logger log = LoggerFactory.getLogger(ThreadDelivery.class);

	private static final Set<String> THREAD_LOST = Set.of("message_not_found", "thread_not_found");

	private final ThreadLedger ledger;

	private final SlackJobs jobs;

	private final ObjectProvider<StageGate> gate;

	private final Directory directory;

	private final VioletSettings settings;

	private final CardSections sections;

	ThreadDelivery(ThreadLedger ledger, SlackJobs jobs, ObjectProvider<StageGate> gate, Directory directory,
			VioletSettings settings, CardSections sections) {
		this.ledger = ledger;
		this.jobs = jobs;
		this.gate = gate;
		this.directory = directory;
		this.settings = settings;
		this.sections = sections;
	}

	@Override
	public String type() {
		return MessageOutbox.THREAD_WORK;
	}

	@Override
	public String describe(String subject) {
		return "thread of initiative AI-" + subject;
	}

	/**
	 * Queues delivery for initiatives whose messages waited over a minute without a job:
	 * messages queued by a release before the thread was Slack work, or whose job was
	 * forgotten. A parked job stays parked until an admin retries it.
	 */
	void deliverStuck() {
		for (long id : this.ledger.initiativesWithStuckMessages()) {
			if (this.jobs.find(MessageOutbox.threadJob(id)).isEmpty()) {
				this.jobs.refresh(MessageOutbox.THREAD_WORK, MessageOutbox.threadJob(id), Long.toString(id));
			}
		}
	}

	@Override
	public void run(SlackJob job) {
		long initiativeId = Long.parseLong(job.subject());
		InitiativeDetails initiative = this.ledger.details(initiativeId).orElse(null);
		if (initiative == null) {
			return;
		}
		// direct messages need no thread: they go out even while the channel is a problem
		for (InitiativeMessage message : this.ledger.pending(initiativeId)) {
			if (!message.inThread()) {
				sendDirect(job, message);
			}
		}
		Anchor anchor = ensureAnchor(job, initiativeId);
		for (InitiativeMessage message : this.ledger.pending(initiativeId)) {
			if (message.inThread()) {
				anchor = sendInThread(job, initiativeId, message, anchor, true);
			}
		}
		redrawCard(job, initiativeId, anchor);
	}

	private void sendDirect(SlackJob job, InitiativeMessage message) {
		String recipient = message.recipient();
		if (recipient == null) {
			return;
		}
		Effect sent = job.dm("initiative.message:" + message.id(), recipient, content(message.message()));
		if (sent.isDone()) {
			this.ledger.posted(message.id(), String.valueOf(sent.channel()), String.valueOf(sent.ts()));
		}
		else {
			// a deactivated user or a closed DM: recorded, never retried blindly
			log.warn("Could not send a direct message about an initiative: {}", sent.error());
			this.ledger.posted(message.id(), "", "failed:" + sent.error());
		}
	}

	private Anchor sendInThread(SlackJob job, long initiativeId, InitiativeMessage message, Anchor anchor,
			boolean mayReanchor) {
		Effect posted = job.post("initiative.message:" + message.id() + ":" + anchor.generation(), anchor.channel(),
				content(message.message()).inThread(anchor.ts()));
		if (posted.isDone()) {
			this.ledger.posted(message.id(), String.valueOf(posted.channel()), String.valueOf(posted.ts()));
			return anchor;
		}
		String error = String.valueOf(posted.error());
		if (THREAD_LOST.contains(error) && mayReanchor) {
			return sendInThread(job, initiativeId, message, reanchor(job, initiativeId, anchor), false);
		}
		if (cannotPost(error)) {
			// later replies must not overtake this one: the job waits for an admin
			throw job.park(error + " (chat.postMessage)", SlackErrors.whatToDo(error, SlackMethod.CHAT_POST_MESSAGE));
		}
		log.warn("Slack refused a thread reply for initiative {}: {}", initiativeId, error);
		this.ledger.posted(message.id(), anchor.channel(), "failed:" + error);
		return anchor;
	}

	/**
	 * The thread's parent, posting it when there is none yet.
	 */
	private Anchor ensureAnchor(SlackJob job, long initiativeId) {
		InitiativeDetails initiative = this.ledger.details(initiativeId).orElseThrow();
		int generation = this.ledger.generation(initiativeId);
		if (initiative.threadTs() != null && initiative.channelId() != null) {
			return new Anchor(initiative.channelId(), initiative.threadTs(), generation);
		}
		String channel = this.settings.initiativesChannel();
		if (channel.isBlank()) {
			reportChannelProblem(job, initiative, "no_channel");
			throw job.park("no initiatives channel",
					"Set VIOLET_INITIATIVES_CHANNEL to a channel id and invite Violet there, then retry.");
		}
		long version = this.ledger.cardVersions(initiativeId).wanted();
		Effect parent = job.post("initiative.parent:" + initiativeId + ":" + generation, channel,
				SlackMessage.of(CardView.text(initiative),
						CardView.blocks(initiative, reviews(initiative.key()), this.sections.of(initiative))));
		if (!parent.isDone()) {
			String error = String.valueOf(parent.error());
			reportChannelProblem(job, initiative, error);
			throw job.park(error + " (chat.postMessage)", SlackErrors.whatToDo(error, SlackMethod.CHAT_POST_MESSAGE));
		}
		String ts = String.valueOf(parent.ts());
		String postedIn = String.valueOf(parent.channel());
		this.ledger.anchor(initiativeId, postedIn, ts, version);
		if (generation > 0) {
			this.ledger.recordReanchor(initiativeId, postedIn, ts);
		}
		return new Anchor(postedIn, ts, generation);
	}

	private Anchor reanchor(SlackJob job, long initiativeId, Anchor lost) {
		this.ledger.forgetAnchor(initiativeId, lost.ts());
		return ensureAnchor(job, initiativeId);
	}

	/**
	 * Redraws the parent card when it was asked for since it was drawn last.
	 */
	private void redrawCard(SlackJob job, long initiativeId, Anchor anchor) {
		ThreadLedger.CardVersions versions = this.ledger.cardVersions(initiativeId);
		if (versions.wanted() <= versions.drawn()) {
			return;
		}
		InitiativeDetails initiative = this.ledger.details(initiativeId).orElseThrow();
		Effect updated = job.update(anchor.channel(), anchor.ts(), SlackMessage.of(CardView.text(initiative),
				CardView.blocks(initiative, reviews(initiative.key()), this.sections.of(initiative))));
		if (!updated.isDone()) {
			String error = String.valueOf(updated.error());
			if (THREAD_LOST.contains(error) || "cant_update_message".equals(error)) {
				// the fresh parent is drawn from the current state
				reanchor(job, initiativeId, anchor);
				return;
			}
			// the next change redraws it; nothing is gained by asking again now
			log.warn("Could not redraw the card of {}: {}", initiative.key(), error);
		}
		this.ledger.cardDrawn(initiativeId, versions.wanted());
	}

	/**
	 * Whether Violet cannot post in the channel at all, for a reason a person must fix or
	 * that lasts (archived, gone).
	 */
	private static boolean cannotPost(String error) {
		SlackErrors.Kind kind = SlackErrors.classify(error);
		return kind == SlackErrors.Kind.FIXABLE || "is_archived".equals(error) || "channel_not_found".equals(error);
	}

	/**
	 * Tells the creator and the configured admins once per initiative and error that the
	 * thread could not be started.
	 */
	private void reportChannelProblem(SlackJob job, InitiativeDetails initiative, String error) {
		String channel = this.settings.initiativesChannel();
		String problem = channel.isBlank() ? "no initiatives channel is configured (`VIOLET_INITIATIVES_CHANNEL`)"
				: "Violet cannot post in " + Mrkdwn.channel(channel) + " (`" + error
						+ "`); invite it with `/invite @Violet` there, or check `VIOLET_INITIATIVES_CHANNEL`";
		String text = ":warning: *" + initiative.key() + "* is recorded, but its thread could not be started: "
				+ problem + ". Its messages wait in order; once it is fixed, an admin retries it with "
				+ "`/violet ops retry` (listed in `/violet ops failed`).";
		Set<String> recipients = new LinkedHashSet<>();
		recipients.add(initiative.createdBy());
		recipients.addAll(this.directory.configuredAdmins());
		String id = initiative.key().substring(initiative.key().indexOf('-') + 1);
		for (String user : recipients) {
			job.dm("initiative.channel-problem:" + id + ":" + error + ":" + user, user, SlackMessage.of(text));
		}
	}

	private static SlackMessage content(ThreadMessage message) {
		return SlackMessage.of(message.text(), MessageBlocks.of(message));
	}

	private List<StageGate.ReviewState> reviews(String key) {
		return StageGate.reviews(this.gate.orderedStream().toList(), key);
	}

	/**
	 * The thread's parent.
	 *
	 * @param channel the channel
	 * @param ts the parent's ts
	 * @param generation how many threads were lost before this one
	 */
	record Anchor(String channel, String ts, int generation) {

	}

}
