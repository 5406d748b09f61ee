package io.violet.training.slack;

import io.violet.training.internal.DeliveryStarter;
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
 * Runs the delivery worker: right after new messages are queued, and every 15 seconds in
 * case a run stopped (restart, Slack outage). Its class name is stored by Quartz: keep
 * it.
 */
@DisallowConcurrentExecution
class DeliveryJob extends QuartzJobBean {

	private final DeliveryWorker worker;

	DeliveryJob(DeliveryWorker worker) {
		this.worker = worker;
	}

	@Override
	protected void executeInternal(JobExecutionContext context) {
		this.worker.run();
	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail trainingDeliveriesJob() {
			return JobBuilder.newJob(DeliveryJob.class)
				.withIdentity(DeliveryStarter.DELIVERY_JOB)
				.withDescription("Send queued training messages")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger trainingDeliveriesTrigger(JobDetail trainingDeliveriesJob) {
			return TriggerBuilder.newTrigger()
				.forJob(trainingDeliveriesJob)
				.withIdentity("training-deliveries", "violet-training")
				.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(15)
					.withMisfireHandlingInstructionNextWithRemainingCount())
				.build();
		}

	}

}
