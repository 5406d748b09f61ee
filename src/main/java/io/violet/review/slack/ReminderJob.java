package io.violet.review.slack;

import io.violet.review.internal.ReviewReminders;
import io.violet.review.internal.ReviewSettings;
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
 * Runs the review reminder sweep on one node of the cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

	@Bean
	JobDetail reviewReminderJob() {
		return JobBuilder.newJob(SweepReviewRemindersJob.class)
			.withIdentity("review-reminders", "violet-review")
			.withDescription("Nudge and escalate reviews that are due or overdue")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger reviewReminderTrigger(JobDetail reviewReminderJob, ReviewSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(reviewReminderJob)
			.withIdentity("review-reminders", "violet-review")
			.withSchedule(SimpleScheduleBuilder
				.repeatSecondlyForever((int) Math.max(60, settings.sweepInterval().toSeconds()))
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class SweepReviewRemindersJob extends QuartzJobBean {

		private final ReviewReminders reminders;

		SweepReviewRemindersJob(ReviewReminders reminders) {
			this.reminders = reminders;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.reminders.sweep();
		}

	}

}
