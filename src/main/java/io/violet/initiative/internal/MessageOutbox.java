package io.violet.initiative.internal;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import io.violet.initiative.ThreadMessage;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues messages about an initiative in the caller's transaction, so that they are sent
 * if and only if the change that caused them commits, and at most once per key.
 */
@Service
public class MessageOutbox {

	private static final Object ANNOUNCED = new Object();

	private final InitiativeMessageRepository messages;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MessageOutbox(InitiativeMessageRepository messages, ApplicationEventPublisher events, Clock clock) {
		this.messages = messages;
		this.events = events;
		this.clock = clock;
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
	 * delivered after the current transaction commits; one delivery per initiative and
	 * transaction.
	 * @param initiativeId the initiative
	 */
	@Transactional
	public void deliverAfterCommit(long initiativeId) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			this.events.publishEvent(new InitiativeMessagesQueued(initiativeId));
			return;
		}
		@SuppressWarnings("unchecked")
		Set<Long> announced = (Set<Long>) TransactionSynchronizationManager.getResource(ANNOUNCED);
		if (announced == null) {
			Set<Long> fresh = new HashSet<>();
			TransactionSynchronizationManager.bindResource(ANNOUNCED, fresh);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ANNOUNCED);
				}
			});
			announced = fresh;
		}
		if (announced.add(initiativeId)) {
			this.events.publishEvent(new InitiativeMessagesQueued(initiativeId));
		}
	}

	/**
	 * Asks for the thread's parent card to be redrawn after the transaction commits.
	 * @param initiativeId the initiative
	 */
	@Transactional
	public void refreshCard(long initiativeId) {
		this.events.publishEvent(new InitiativeCardStale(initiativeId));
	}

}
