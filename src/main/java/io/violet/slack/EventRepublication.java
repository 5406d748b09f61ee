package io.violet.slack;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Resubmits event publications whose listener failed (Slack was down, rate-limited us for
 * too long, or the node died mid-way), so that their work is delayed, never lost. A
 * clustered Quartz job runs it on one node at a time.
 * <p>
 * Three things of the event publication registry are done here rather than by Spring
 * Modulith 2.0.5: its staleness monitor measures a resubmitted publication's age from its
 * first publication, so a retry of an old event counts as stale as soon as it starts and
 * is resubmitted again while it runs (fixed in later 2.0.x); its JDBC repository ignores
 * the minimum age for failed publications (an {@code OR} without parentheses), so the age
 * is checked here as well; and completed publications are archived and purged after a
 * retention here, since its delete of completed publications also deletes those being
 * processed.
 */
@Component
public class EventRepublication {

	private static final Logger log = LoggerFactory.getLogger(EventRepublication.class);

	static final Duration MIN_AGE = Duration.ofSeconds(10);

	/** Unfinished past the window: the two parameters are the same instant. */
	private static final String STALE = "COMPLETION_DATE IS NULL AND ((STATUS IN ('PUBLISHED', 'PROCESSING') AND "
			+ "PUBLICATION_DATE < ?) OR (STATUS = 'RESUBMITTED' AND LAST_RESUBMISSION_DATE < ?))";

	private static final int STALE_BATCH = 50;

	private final IncompleteEventPublications publications;

	private final InboundDeliveries deliveries;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Duration staleAfter;

	private final Duration completedRetention;

	EventRepublication(IncompleteEventPublications publications, InboundDeliveries deliveries, JdbcTemplate jdbc,
			PlatformTransactionManager transactionManager, Clock clock,
			@Value("${violet.events.stale-after:10m}") Duration staleAfter,
			@Value("${violet.events.completed-retention:7d}") Duration completedRetention) {
		this.publications = publications;
		this.deliveries = deliveries;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		// each batch is its own short transaction, whatever the caller's
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.staleAfter = staleAfter;
		this.completedRetention = completedRetention;
	}

	/**
	 * Marks publications failed whose listener has not finished long after it should
	 * have: its node died. A publication's age counts from its publication, a resubmitted
	 * one's from its resubmission.
	 * <p>
	 * A listener finishing its publication at the same moment locks that row (and, with
	 * Spring Modulith's completion by listener and event, every row it scans): the rows
	 * are taken with {@code SKIP LOCKED}, so this never waits on a listener and can never
	 * be one side of a deadlock. A row skipped is looked at again on the next tick, by
	 * which time it is either finished or still stale.
	 * @return how many were marked failed
	 */
	public int markStale() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.staleAfter));
		// found with a plain read, then changed in small locked batches: a range update
		// would lock the index gaps that listeners insert their publications into
		List<String> ids = this.jdbc.queryForList("SELECT ID FROM EVENT_PUBLICATION WHERE " + STALE, String.class,
				before, before);
		int stale = 0;
		int busy = 0;
		for (int from = 0; from < ids.size(); from += STALE_BATCH) {
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + STALE_BATCH));
			try {
				Integer marked = this.transactions.execute((status) -> markFailed(batch, before));
				stale += (marked != null) ? marked : 0;
			}
			catch (TransientDataAccessException ex) {
				// a lock wait or deadlock all the same (e.g. a server without SKIP
				// LOCKED semantics for these rows): the next tick tries again
				busy += batch.size();
				log.debug("Stale publications busy, looked at again next time: {}", ex.getMessage());
			}
		}
		if (stale > 0) {
			log.warn("{} event publications unfinished for over {} are marked failed and will be resubmitted", stale,
					this.staleAfter);
		}
		if (busy > 0) {
			log.info("{} stale event publications were busy; they are looked at again on the next tick", busy);
		}
		return stale;
	}

	private int markFailed(List<String> batch, Timestamp before) {
		String marks = String.join(",", Collections.nCopies(batch.size(), "?"));
		List<Object> args = new ArrayList<>(batch);
		args.add(before);
		args.add(before);
		List<String> locked = this.jdbc.queryForList("SELECT ID FROM EVENT_PUBLICATION WHERE ID IN (" + marks + ") AND "
				+ STALE + " ORDER BY ID FOR UPDATE SKIP LOCKED", String.class, args.toArray());
		if (locked.isEmpty()) {
			return 0;
		}
		return this.jdbc.update("UPDATE EVENT_PUBLICATION SET STATUS = 'FAILED' WHERE ID IN ("
				+ String.join(",", Collections.nCopies(locked.size(), "?")) + ")", locked.toArray());
	}

	/**
	 * Forgets completed publications older than the retention.
	 * @return how many were forgotten
	 */
	public int purgeCompleted() {
		Timestamp before = Timestamp.from(this.clock.instant().minus(this.completedRetention));
		int purged = 0;
		int batch;
		do {
			batch = this.jdbc.update("DELETE FROM EVENT_PUBLICATION_ARCHIVE WHERE COMPLETION_DATE < ? LIMIT 1000",
					before);
			purged += batch;
		}
		while (batch == 1000);
		return purged;
	}

	/**
	 * Resubmits failed publications older than a few seconds.
	 */
	public void resubmitFailed() {
		resubmitFailedOlderThan(MIN_AGE);
	}

	/**
	 * Resubmits failed publications older than an age.
	 * @param minAge how old a publication must be
	 */
	public void resubmitFailedOlderThan(Duration minAge) {
		Instant youngest = this.clock.instant().minus(minAge);
		this.publications.resubmitIncompletePublications(ResubmissionOptions.defaults()
			.withMinAge(minAge)
			.withFilter((publication) -> !publication.getPublicationDate().isAfter(youngest))
			.withBatchSize(200)
			.withMaxInFlight(200));
	}

	void purgeOldDeliveries() {
		int purged = this.deliveries.purgeOlderThan(Duration.ofDays(2));
		if (purged > 0) {
			log.debug("Forgot {} delivery keys older than two days", purged);
		}
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class ResubmitEventsJob extends QuartzJobBean {

		private final EventRepublication republication;

		ResubmitEventsJob(EventRepublication republication) {
			this.republication = republication;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			// each step on its own: a busy table delays one step to the next tick and
			// never stops the others, nor reaches Quartz as a failed job
			step("marking stale publications", this.republication::markStale);
			step("resubmitting failed publications", this.republication::resubmitFailed);
			step("forgetting old delivery keys", this.republication::purgeOldDeliveries);
			step("purging completed publications", this.republication::purgeCompleted);
		}

		private static void step(String what, Runnable step) {
			try {
				step.run();
			}
			catch (TransientDataAccessException ex) {
				log.info("Event publications busy while {}; tried again on the next tick: {}", what,
						ex.getMostSpecificCause().getMessage());
			}
			catch (RuntimeException ex) {
				log.warn("Failed {}; tried again on the next tick", what, ex);
			}
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail resubmitEventsJob() {
			return JobBuilder.newJob(ResubmitEventsJob.class)
				.withIdentity("resubmit-events", "violet-platform")
				.withDescription("Resubmit failed event publications")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger resubmitEventsTrigger(JobDetail resubmitEventsJob,
				@Value("${violet.events.resubmit-interval:20s}") Duration interval) {
			return TriggerBuilder.newTrigger()
				.forJob(resubmitEventsJob)
				.withIdentity("resubmit-events", "violet-platform")
				.withSchedule(SimpleScheduleBuilder.simpleSchedule()
					.withIntervalInMilliseconds(interval.toMillis())
					.repeatForever()
					.withMisfireHandlingInstructionNextWithRemainingCount())
				.build();
		}

	}

}
