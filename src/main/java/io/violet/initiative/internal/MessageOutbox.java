package io.violet.initiative.internal;

import java.time.Clock;

import io.violet.initiative.ThreadMessage;
import io.violet.slack.SlackJobs;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages about an initiative in the caller's transaction, so that they are sent
 * if and only if the change that caused them commits, and at most once per key. The
 * messages of one initiative (its thread's parent, the replies in their order, the direct
 * messages, the card's redraws) are delivered by one Slack job per initiative, queued in
 * the same transaction.
 */
@Service
public class MessageOutbox {

	/**
	 * The work that delivers an initiative's thread; stored with every job: never rename.
	 */
	public static final String THREAD_WORK = "initiative.thread";

	private final InitiativeMessageRepository messages;

	private final ThreadLedger ledger;

	private final SlackJobs jobs;

	private final Clock clock;

	MessageOutbox(InitiativeMessageRepository messages, ThreadLedger ledger, SlackJobs jobs, Clock clock) {
		this.messages = messages;
		this.ledger = ledger;
		this.jobs = jobs;
		this.clock = clock;
	}

	/**
	 * The key of the job that delivers an initiative's thread.
	 * @param initiativeId the initiative
	 * @return the key
	 */
	public static String threadJob(long initiativeId) {
		return THREAD_WORK + ":" + initiativeId;
	}

	/**
	 * Queues a message unless one with the same key was queued before.
	 * @param initiativeId the initiative
	 * @param messageKey what makes it unique, e.g. {@code review-request:12}
	 * @param recipient a user for a direct message, null for a thread reply
	 * @param message the message
	 * @return whether it was queued now
	 */
	@Transactional
	public boolean queue(long initiativeId, String messageKey, @Nullable String recipient, ThreadMessage message) {
		String key = (messageKey.length() > 200) ? messageKey.substring(0, 200) : messageKey;
		if (this.messages.existsByInitiativeIdAndMessageKey(initiativeId, key)) {
			return false;
		}
		this.messages.save(new InitiativeMessage(initiativeId, key, recipient, message, this.clock.instant()));
		deliverAfterCommit(initiativeId);
		return true;
	}

	/**
	 * Makes sure the initiative's pending messages (and its thread's parent) are
	 * delivered after the current transaction commits. Queued in the transaction, so a
	 * crash after the commit loses nothing; asking twice is one run.
	 * @param initiativeId the initiative
	 */
	@Transactional
	public void deliverAfterCommit(long initiativeId) {
		this.jobs.refresh(THREAD_WORK, threadJob(initiativeId), Long.toString(initiativeId));
	}

	/**
	 * Asks for the thread's parent card to be redrawn after the transaction commits.
	 * @param initiativeId the initiative
	 */
	@Transactional
	public void refreshCard(long initiativeId) {
		this.ledger.cardChanged(initiativeId);
		deliverAfterCommit(initiativeId);
	}

}
