package io.violet.slack;

import java.time.Duration;

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
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Component;

/**
 * Resubmits event publications whose listener failed (Slack was down, rate-limited us for
 * too long, or the node died mid-way), so that their work is delayed, never lost. A
 * clustered Quartz job runs it on one node at a time.
 */
@Component
public class EventRepublication {

	private static final Logger log = LoggerFactory.getLogger(EventRepublication.class);

	static final Duration MIN_AGE = Duration.ofSeconds(10);

	private final IncompleteEventPublications publications;

	private final InboundDeliveries deliveries;

	EventRepublication(IncompleteEventPublications publications, InboundDeliveries deliveries) {
		this.publications = publications;
		this.deliveries = deliveries;
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
		this.publications.resubmitIncompletePublications(
				ResubmissionOptions.defaults().withMinAge(minAge).withBatchSize(200).withMaxInFlight(200));
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
			this.republication.resubmitFailed();
			this.republication.purgeOldDeliveries();
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
