package io.violet.followup.internal;

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
 * Runs the follow-up reminder sweep on one node of the cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpJobs {

	private static final RecurringJob SWEEP = new RecurringJob("followup-reminders", "violet-followup",
			"Nudge owners of follow-ups that are due and escalate overdue ones", SweepFollowUpRemindersJob.class);

	@Bean
	JobDetail followUpReminderJob() {
		return SWEEP.detail();
	}

	@Bean
	Trigger followUpReminderTrigger(FollowUpSettings settings) {
		return SWEEP.every(settings.sweepInterval(), Duration.ofSeconds(60));
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class SweepFollowUpRemindersJob extends QuartzJobBean {

		private final FollowUpReminders reminders;

		SweepFollowUpRemindersJob(FollowUpReminders reminders) {
			this.reminders = reminders;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.reminders.sweep();
		}

	}

}
