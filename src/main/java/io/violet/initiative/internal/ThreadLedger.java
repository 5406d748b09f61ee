package io.violet.initiative.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeDetails;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the delivery of an initiative's thread reads and records, each step committed on
 * its own so that no transaction is open while Slack is called: the thread's anchor as
 * soon as Slack accepted the parent, a message's ts as soon as Slack accepted it, and
 * which version of the card was drawn last.
 */
@Service
public class ThreadLedger {

	private final InitiativeRepository initiatives;

	private final InitiativeMessageRepository messages;

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ThreadLedger(InitiativeRepository initiatives, InitiativeMessageRepository messages, JdbcTemplate jdbc,
			AuditTrail audit, Clock clock) {
		this.initiatives = initiatives;
		this.messages = messages;
		this.jdbc = jdbc;
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

	/**
	 * How many times the thread was started afresh because Slack lost it: the effects of
	 * each thread are keyed by it, so that a message is posted once into each thread.
	 * @param initiativeId the initiative
	 * @return 0 for the first thread
	 */
	public int generation(long initiativeId) {
		Integer generation = this.jdbc.queryForObject("SELECT thread_generation FROM initiative WHERE id = ?",
				Integer.class, initiativeId);
		return (generation != null) ? generation : 0;
	}

	/**
	 * The version of the card asked for, and the one drawn last.
	 * @param initiativeId the initiative
	 * @return the versions
	 */
	public CardVersions cardVersions(long initiativeId) {
		return this.jdbc.queryForObject("SELECT card_version, card_drawn FROM initiative WHERE id = ?",
				(rs, n) -> new CardVersions(rs.getLong(1), rs.getLong(2)), initiativeId);
	}

	/**
	 * Asks for the card to be drawn again, in the caller's transaction.
	 * @param initiativeId the initiative
	 */
	@Transactional
	public void cardChanged(long initiativeId) {
		this.jdbc.update("UPDATE initiative SET card_version = card_version + 1 WHERE id = ?", initiativeId);
	}

	/**
	 * Records that the card as of a version is in Slack.
	 * @param initiativeId the initiative
	 * @param version the version it was drawn from
	 */
	public void cardDrawn(long initiativeId, long version) {
		this.jdbc.update("UPDATE initiative SET card_drawn = GREATEST(card_drawn, ?) WHERE id = ?", version,
				initiativeId);
	}

	/**
	 * Records the thread's parent, drawn from a version of the card.
	 * @param initiativeId the initiative
	 * @param channel the channel
	 * @param ts the parent's ts
	 * @param cardVersion the card version it shows
	 */
	@Transactional
	public void anchor(long initiativeId, String channel, String ts, long cardVersion) {
		this.initiatives.anchor(initiativeId, channel, ts);
		cardDrawn(initiativeId, cardVersion);
	}

	/**
	 * Forgets a thread Slack no longer has and starts the next generation, unless that
	 * happened already.
	 * @param initiativeId the initiative
	 * @param lostTs the ts of the lost parent
	 * @return whether this call forgot it
	 */
	@Transactional
	public boolean forgetAnchor(long initiativeId, String lostTs) {
		boolean forgotten = this.jdbc.update(
				"UPDATE initiative SET channel_id = NULL, thread_ts = NULL, anchor_claimed_at = NULL, "
						+ "thread_generation = thread_generation + 1 WHERE id = ? AND thread_ts = ?",
				initiativeId, lostTs) == 1;
		if (forgotten) {
			this.audit.record(Actor.VIOLET, "initiative.thread-lost",
					"initiative:" + Initiative.KEY_PREFIX + initiativeId,
					"parent message " + lostTs + " is gone from Slack; posting a new parent");
		}
		return forgotten;
	}

	@Transactional
	public void recordReanchor(long initiativeId, String channel, String ts) {
		this.audit.record(Actor.VIOLET, "initiative.thread-reanchored",
				"initiative:" + Initiative.KEY_PREFIX + initiativeId, "new parent " + channel + "/" + ts);
	}

	@Transactional
	public void posted(long messageId, String channel, String ts) {
		this.messages.posted(messageId, this.clock.instant(), channel, ts);
	}

	/**
	 * The card's versions.
	 *
	 * @param wanted the version asked for
	 * @param drawn the version drawn last
	 */
	public record CardVersions(long wanted, long drawn) {

	}

}
