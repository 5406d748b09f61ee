package io.violet.teaming.internal;

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
 * Runs the violet-team reminder sweep on one node of the cluster at a time.
 */
@Configuration(proxyBeanMethods = false)
class TeamingReminderJob {

	@Bean
	JobDetail teamingRemindersJob() {
		return JobBuilder.newJob(SweepTeamingRemindersJob.class)
			.withIdentity("teaming-reminders", "violet-teaming")
			.withDescription("Nudge and escalate violet-team lenses that are due or overdue")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger teamingRemindersTrigger(JobDetail teamingRemindersJob, TeamingSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(teamingRemindersJob)
			.withIdentity("teaming-reminders", "violet-teaming")
			.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(Math.max(60, settings.sweepIntervalSeconds()))
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class SweepTeamingRemindersJob extends QuartzJobBean {

		private final TeamingReminders reminders;

		SweepTeamingRemindersJob(TeamingReminders reminders) {
			this.reminders = reminders;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.reminders.sweep();
		}

	}

}
