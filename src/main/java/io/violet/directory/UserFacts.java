package io.violet.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.violet.VioletSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts about Slack users (time zone, admin, deactivated, bot, guest), cached in the
 * database and refreshed from Slack when older than a day.
 */
@Service
public class UserFacts {

	private static final Logger log = LoggerFactory.getLogger(UserFacts.class);

	static final Duration FRESH_FOR = Duration.ofHours(24);

	private final UserFactEntities entities;

	private final UserFactsSource source;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId defaultZone;

	UserFacts(UserFactEntities entities, UserFactsSource source, TransactionTemplate transactions, Clock clock,
			VioletSettings settings) {
		this.entities = entities;
		this.source = source;
		this.transactions = transactions;
		this.clock = clock;
		this.defaultZone = settings.timezone();
	}

	/**
	 * What is cached about a user, without asking Slack.
	 * @param userId the user
	 * @return the cached facts
	 */
	public Optional<UserFact> cached(String userId) {
		return this.entities.findById(userId).map(UserFactEntity::toFact);
	}

	/**
	 * The user's facts: cached when fresh, otherwise from Slack (falling back to stale
	 * facts when Slack does not answer).
	 * @param userId the user
	 * @return the facts, empty when Slack does not know the user and nothing is cached
	 */
	public Optional<UserFact> lookup(String userId) {
		Optional<UserFact> cached = cached(userId);
		if (cached.isPresent() && cached.get().refreshedAt().plus(FRESH_FOR).isAfter(this.clock.instant())) {
			return cached;
		}
		try {
			Optional<UserFact> fetched = this.source.fetch(userId);
			fetched.ifPresent(this::store);
			return fetched.isPresent() ? fetched : cached;
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh facts about a user: {}", ex.getMessage());
			return cached;
		}
	}

	/**
	 * The user's time zone, else the organisation's.
	 * @param userId the user
	 * @return the zone to show and schedule in
	 */
	public ZoneId zoneOf(String userId) {
		return lookup(userId).flatMap(UserFact::zone).orElse(this.defaultZone);
	}

	/**
	 * Refreshes every user of the workspace from Slack.
	 * @return the active humans (guests included)
	 */
	public List<UserFact> refreshAll() {
		List<UserFact> all = this.source.fetchAll();
		this.transactions.executeWithoutResult((status) -> all.forEach(this::store));
		return all.stream().filter(UserFact::activeHuman).toList();
	}

	void store(UserFact fact) {
		this.transactions.executeWithoutResult((status) -> {
			UserFactEntity entity = this.entities.findById(fact.userId()).orElse(null);
			if (entity == null) {
				this.entities.save(new UserFactEntity(fact));
			}
			else {
				entity.refreshFrom(fact);
			}
		});
	}

}
