package io.violet.initiative.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeDetails;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of delivering an initiative's messages, each committed on its own so that a
 * crash between two Slack calls never repeats the first: the thread's anchor is stored as
 * soon as Slack accepted the parent, a message's ts as soon as Slack accepted it.
 */
@Service
public class ThreadLedger {

	/** A claim older than this belongs to a node that died mid-way. */
	static final Duration CLAIM_EXPIRY = Duration.ofMinutes(2);

	private final InitiativeRepository initiatives;

	private final InitiativeMessageRepository messages;

	private final AuditTrail audit;

	private final Clock clock;

	ThreadLedger(InitiativeRepository initiatives, InitiativeMessageRepository messages, AuditTrail audit,
			Clock clock) {
		this.initiatives = initiatives;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<InitiativeDetails> details(long initiativeId) {
		return this.initiatives.findById(initiativeId).map(Initiative::details);
	}

	@Transactional(readOnly = true)
	public List<InitiativeMessage> pending(long initiativeId) {
		return this.messages.findByInitiativeIdAndPostedAtIsNullOrderByIdAsc(initiativeId);
	}

	@Transactional(readOnly = true)
	public List<Long> initiativesWithStuckMessages() {
		return this.messages.initiativesWithPendingBefore(this.clock.instant().minus(Duration.ofMinutes(1)));
	}

	@Transactional
	public boolean claimAnchor(long initiativeId) {
		Instant now = this.clock.instant();
		return this.initiatives.claimAnchor(initiativeId, now, now.minus(CLAIM_EXPIRY)) == 1;
	}

	@Transactional
	public void releaseAnchor(long initiativeId) {
		this.initiatives.releaseAnchor(initiativeId);
	}

	@Transactional
	public void anchor(long initiativeId, String channel, String ts) {
		this.initiatives.anchor(initiativeId, channel, ts);
	}

	/**
	 * Forgets a thread Slack no longer has, unless another node did already.
	 * @param initiativeId the initiative
	 * @param lostTs the ts of the lost parent
	 * @return whether this call forgot it
	 */
	@Transactional
	public boolean forgetAnchor(long initiativeId, String lostTs) {
		boolean forgotten = this.initiatives.forgetAnchor(initiativeId, lostTs) == 1;
		if (forgotten) {
			this.audit.record("violet", "initiative.thread-lost", "initiative:" + Initiative.KEY_PREFIX + initiativeId,
					"parent message " + lostTs + " is gone from Slack; posting a new parent");
		}
		return forgotten;
	}

	@Transactional
	public void recordReanchor(long initiativeId, String channel, String ts) {
		this.audit.record("violet", "initiative.thread-reanchored",
				"initiative:" + Initiative.KEY_PREFIX + initiativeId, "new parent " + channel + "/" + ts);
	}

	@Transactional
	public boolean claim(long messageId) {
		Instant now = this.clock.instant();
		return this.messages.claim(messageId, now, now.minus(CLAIM_EXPIRY)) == 1;
	}

	@Transactional
	public void posted(long messageId, String channel, String ts) {
		this.messages.posted(messageId, this.clock.instant(), channel, ts);
	}

	@Transactional
	public void release(long messageId) {
		this.messages.release(messageId);
	}

}
