package io.violet.review.slack;

import java.time.Duration;

import io.violet.RecurringJob;
import io.violet.review.internal.ReviewReminders;
import io.violet.review.internal.ReviewSettings;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * Runs the review reminder sweep on one node of the cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
class ReminderJob {

	private static final RecurringJob SWEEP = new RecurringJob("review-reminders", "violet-review",
			"Nudge and escalate reviews that are due or overdue", SweepReviewRemindersJob.class);

	@Bean
	JobDetail reviewReminderJob() {
		return SWEEP.detail();
	}

	@Bean
	Trigger reviewReminderTrigger(ReviewSettings settings) {
		return SWEEP.every(settings.sweepInterval(), Duration.ofSeconds(60));
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
