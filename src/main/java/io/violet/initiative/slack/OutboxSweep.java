package io.violet.initiative.slack;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

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

	@Bean
	JobDetail initiativeOutboxJob() {
		return JobBuilder.newJob(DeliverStuckMessagesJob.class)
			.withIdentity("deliver-stuck-messages", "violet-initiative")
			.withDescription("Deliver initiative messages that waited over a minute")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger initiativeOutboxTrigger(JobDetail initiativeOutboxJob) {
		return TriggerBuilder.newTrigger()
			.forJob(initiativeOutboxJob)
			.withIdentity("deliver-stuck-messages", "violet-initiative")
			.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(60)
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
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
