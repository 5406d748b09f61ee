package io.violet.initiative.slack;

import java.time.Duration;

import io.violet.RecurringJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * A safety net under the durable delivery: once a minute, one node queues delivery for
 * messages that waited over a minute without a Slack job (queued by a release before the
 * thread was Slack work, or whose job was forgotten).
 */
@Configuration(proxyBeanMethods = false)
class OutboxSweep {

	private static final RecurringJob SWEEP = new RecurringJob("deliver-stuck-messages", "violet-initiative",
			"Deliver initiative messages that waited over a minute", DeliverStuckMessagesJob.class);

	@Bean
	JobDetail initiativeOutboxJob() {
		return SWEEP.detail();
	}

	@Bean
	Trigger initiativeOutboxTrigger() {
		return SWEEP.every(Duration.ofSeconds(60), Duration.ofSeconds(60));
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class DeliverStuckMessagesJob extends QuartzJobBean {

		private final ThreadDelivery delivery;

		DeliverStuckMessagesJob(ThreadDelivery delivery) {
			this.delivery = delivery;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.delivery.deliverStuck();
		}

	}

}
