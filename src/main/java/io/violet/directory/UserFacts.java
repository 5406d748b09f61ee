package io.violet.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import io.violet.VioletSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Facts about Slack users (time zone, admin, deactivated, bot, guest), cached in the
 * database. Slack's {@code user_change} and {@code team_join} events keep them current;
 * an entry not refreshed for a week is read again from Slack, in case an event was lost
 * while Violet was down.
 * <p>
 * Request handling reads only what is {@link #known known}: a missing or stale entry is
 * refreshed on a work thread after the answer, never while Slack waits for the ack.
 */
@Service
public class UserFacts {

	private static final Logger log = LoggerFactory.getLogger(UserFacts.class);

	static final Duration FRESH_FOR = Duration.ofDays(7);

	private final UserFactRepository entities;

	private final UserFactsSource source;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final ZoneId defaultZone;

	private final Executor refresher;

	// one refresh per user at a time: a burst of commands from a new user asks Slack once
	private final Set<String> refreshing = ConcurrentHashMap.newKeySet();

	UserFacts(UserFactRepository entities, UserFactsSource source, TransactionTemplate transactions, Clock clock,
			VioletSettings settings, @Qualifier("slackWorkExecutor") Executor refresher,
			ApplicationEventPublisher events) {
		this.entities = entities;
		this.events = events;
		this.source = source;
		this.transactions = transactions;
		this.clock = clock;
		this.defaultZone = settings.timezone();
		this.refresher = refresher;
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
	 * What is cached about a user, however old, without waiting for Slack: for request
	 * handling, which must answer within Slack's three seconds. A user never seen, or not
	 * refreshed for a week, is refreshed from Slack on a work thread, so the next request
	 * finds them.
	 * @param userId the user
	 * @return the cached facts, empty for a user not seen yet
	 */
	public Optional<UserFact> known(String userId) {
		Optional<UserFact> cached = cached(userId);
		if (cached.isEmpty() || !fresh(cached.get())) {
			refreshLater(userId);
		}
		return cached;
	}

	/**
	 * The user's facts: cached when fresh, otherwise from Slack (falling back to stale
	 * facts when Slack does not answer). Waits for Slack: for work after the ack; request
	 * handling uses {@link #known}.
	 * @param userId the user
	 * @return the facts, empty when Slack does not know the user and nothing is cached
	 */
	public Optional<UserFact> lookup(String userId) {
		Optional<UserFact> cached = cached(userId);
		if (cached.isPresent() && fresh(cached.get())) {
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
	 * The user's time zone as known (the organisation's when Slack gave none); never
	 * waits for Slack (see {@link #known}).
	 * @param userId the user
	 * @return the zone to schedule in, empty for a user not seen yet: times they type are
	 * not to be read in a zone guessed for them
	 */
	public Optional<ZoneId> knownZone(String userId) {
		return known(userId).map((fact) -> fact.zone().orElse(this.defaultZone));
	}

	/**
	 * The user's time zone as known, else the organisation's; never waits for Slack (see
	 * {@link #known}).
	 * @param userId the user
	 * @return the zone to show and schedule in
	 */
	public ZoneId zoneOf(String userId) {
		return knownZone(userId).orElse(this.defaultZone);
	}

	/**
	 * The user's time zone, asking Slack when what is cached is stale: for work after the
	 * ack.
	 * @param userId the user
	 * @return the zone to show and schedule in
	 */
	public ZoneId freshZoneOf(String userId) {
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

	/**
	 * Asks Slack about a user now, whatever is cached: for work after the ack that has
	 * reason to doubt the cache (Slack refused a DM as {@code user_disabled}).
	 * @param userId the user
	 * @return the facts, empty when Slack does not answer or know the user
	 */
	public Optional<UserFact> refresh(String userId) {
		try {
			Optional<UserFact> fetched = this.source.fetch(userId);
			fetched.ifPresent(this::store);
			return fetched;
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh facts about a user: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Stores what Slack said about a user in an event ({@code user_change},
	 * {@code team_join}); a user who became deactivated loses their roles (see
	 * {@link UserDeactivated}).
	 * @param fact the facts from the event
	 */
	public void changed(UserFact fact) {
		store(fact);
	}

	private boolean fresh(UserFact fact) {
		return fact.refreshedAt().plus(FRESH_FOR).isAfter(this.clock.instant());
	}

	private void refreshLater(String userId) {
		if (!this.refreshing.add(userId)) {
			return;
		}
		try {
			this.refresher.execute(() -> {
				try {
					lookup(userId);
				}
				finally {
					this.refreshing.remove(userId);
				}
			});
		}
		catch (RejectedExecutionException ex) {
			// the work threads are full: the next request asks again
			this.refreshing.remove(userId);
		}
	}

	void store(UserFact fact) {
		try {
			storeOnce(fact);
		}
		catch (DataIntegrityViolationException ex) {
			// another replica stored the same new user a moment earlier: update theirs
			storeOnce(fact);
		}
	}

	private void storeOnce(UserFact fact) {
		this.transactions.executeWithoutResult((status) -> {
			UserFactEntity entity = this.entities.lockById(fact.userId()).orElse(null);
			boolean wasDeactivated = entity != null && entity.toFact().deactivated();
			if (entity != null && fact.olderThan(entity.toFact())) {
				return;
			}
			if (entity == null) {
				this.entities.saveAndFlush(new UserFactEntity(fact));
			}
			else {
				entity.refreshFrom(fact);
			}
			if (fact.deactivated() && !wasDeactivated && !fact.bot()) {
				this.events.publishEvent(new UserDeactivated(fact.userId(), this.clock.instant()));
			}
		});
	}

}
