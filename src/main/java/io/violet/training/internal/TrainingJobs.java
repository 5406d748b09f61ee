package io.violet.training.internal;

import io.violet.VioletSettings;
import io.violet.training.Compliance;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The module's Quartz jobs. They carry session ids, never state, and call bean methods
 * that tests call directly. Their class names are stored in the database: keep them, or
 * rename them in a migration (V67 moved them to this package).
 */
final class TrainingJobs {

	private TrainingJobs() {
	}

	static class ReminderJob extends QuartzJobBean {

		private final Reminders reminders;

		ReminderJob(Reminders reminders) {
			this.reminders = reminders;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			var data = context.getMergedJobDataMap();
			this.reminders.fire(data.getLong(TrainingTriggers.SESSION_ID), data.getString(TrainingTriggers.LEAD));
		}

	}

	static class DrillJob extends QuartzJobBean {

		private final DrillOpener opener;

		DrillJob(DrillOpener opener) {
			this.opener = opener;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.opener.open(context.getMergedJobDataMap().getLong(TrainingTriggers.SESSION_ID));
		}

	}

	@DisallowConcurrentExecution
	static class SeriesJob extends QuartzJobBean {

		private final SeriesOccurrences occurrences;

		SeriesJob(SeriesOccurrences occurrences) {
			this.occurrences = occurrences;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.occurrences.next(context.getMergedJobDataMap().getLong(TrainingTriggers.SESSION_ID));
		}

	}

	@DisallowConcurrentExecution
	static class DigestJob extends QuartzJobBean {

		private final Compliance compliance;

		DigestJob(Compliance compliance) {
			this.compliance = compliance;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.compliance.queueDigest();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Digest {

		@Bean
		JobDetail trainingDigestJob() {
			return JobBuilder.newJob(DigestJob.class)
				.withIdentity("training-digest", TrainingTriggers.GROUP)
				.withDescription("Weekly overdue-training digest")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger trainingDigestTrigger(JobDetail trainingDigestJob, TrainingSettings settings, VioletSettings violet) {
			return TriggerBuilder.newTrigger()
				.forJob(trainingDigestJob)
				.withIdentity("training-digest", TrainingTriggers.GROUP)
				.withSchedule(CronScheduleBuilder.cronSchedule(settings.digestCron())
					.inTimeZone(java.util.TimeZone.getTimeZone(violet.timezone()))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
		}

	}

}
