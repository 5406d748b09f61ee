package io.violet.initiative;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.violet.initiative.internal.InitiativeService;
import io.violet.initiative.internal.MessageOutbox;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The initiative module's facade for other modules: find initiatives by key, say things
 * in their threads or to people about them, and keep their cards current. Every message
 * is sent after the caller's transaction commits, retried while Slack is unavailable, and
 * sent at most once per message key.
 */
@Service
public class Initiatives implements InitiativeCatalog {

	private final InitiativeService service;

	private final MessageOutbox outbox;

	Initiatives(InitiativeService service, MessageOutbox outbox) {
		this.service = service;
		this.outbox = outbox;
	}

	@Override
	public Optional<InitiativeSummary> find(String key) {
		return this.service.find(key).map(InitiativeDetails::summary);
	}

	/**
	 * An initiative with every detail.
	 * @param key e.g. {@code AI-7}, any case
	 * @return the initiative, or empty
	 */
	public Optional<InitiativeDetails> details(String key) {
		return this.service.find(key);
	}

	@Override
	public List<InitiativeSummary> active() {
		return this.service.active().stream().map(InitiativeDetails::summary).toList();
	}

	/**
	 * Initiatives a user owns, newest first.
	 * @param userId the user
	 * @return their initiatives
	 */
	public List<InitiativeDetails> ownedBy(String userId) {
		return this.service.ownedBy(userId);
	}

	@Override
	@Transactional
	public void noteInThread(String key, String mrkdwn) {
		postInThread(key, "note:" + UUID.randomUUID(), ThreadMessage.of(mrkdwn));
	}

	/**
	 * Posts a reply in the initiative's thread, once per message key.
	 * @param key the initiative's key
	 * @param messageKey what makes the message unique for this initiative, e.g.
	 * {@code review-request:12}; a second call with the same key does nothing
	 * @param message the message (mrkdwn already escaped)
	 * @return false when there is no such initiative
	 */
	@Transactional
	public boolean postInThread(String key, String messageKey, ThreadMessage message) {
		return this.service.find(key).map((initiative) -> {
			this.outbox.queue(idOf(initiative), messageKey, null, message);
			return true;
		}).orElse(false);
	}

	/**
	 * Sends a direct message about the initiative, once per message key.
	 * @param key the initiative's key
	 * @param messageKey what makes the message unique for this initiative
	 * @param userId the recipient
	 * @param message the message (mrkdwn already escaped)
	 * @return false when there is no such initiative
	 */
	@Transactional
	public boolean sendDirect(String key, String messageKey, String userId, ThreadMessage message) {
		return this.service.find(key).map((initiative) -> {
			this.outbox.queue(idOf(initiative), messageKey, userId, message);
			return true;
		}).orElse(false);
	}

	/**
	 * Redraws the thread's parent card after the caller's transaction commits (e.g. after
	 * a review changed).
	 * @param key the initiative's key
	 */
	@Transactional
	public void refreshCard(String key) {
		this.service.find(key).ifPresent((initiative) -> this.outbox.refreshCard(idOf(initiative)));
	}

	private static long idOf(InitiativeDetails initiative) {
		return Long.parseLong(initiative.key().substring(initiative.key().indexOf('-') + 1));
	}

}
