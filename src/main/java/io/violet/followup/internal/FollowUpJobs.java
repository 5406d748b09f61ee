package io.violet.followup.internal;

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
 * Runs the follow-up reminder sweep on one node of the cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
class FollowUpJobs {

	@Bean
	JobDetail followUpReminderJob() {
		return JobBuilder.newJob(SweepFollowUpRemindersJob.class)
			.withIdentity("followup-reminders", "violet-followup")
			.withDescription("Nudge owners of follow-ups that are due and escalate overdue ones")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger followUpReminderTrigger(JobDetail followUpReminderJob, FollowUpSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(followUpReminderJob)
			.withIdentity("followup-reminders", "violet-followup")
			.withSchedule(SimpleScheduleBuilder
				.repeatSecondlyForever((int) Math.max(60, settings.sweepInterval().toSeconds()))
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
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
