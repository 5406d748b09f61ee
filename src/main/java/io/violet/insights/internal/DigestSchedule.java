package io.violet.insights.internal;

import java.time.ZoneId;
import java.util.TimeZone;

import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.violet.VioletSettings;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The weekly digest's clustered Quartz job (Monday 09:00 in {@code VIOLET_TIMEZONE} by
 * default). Its class name is stored in the database: keep it.
 * <p>
 * The trigger is not a bean: Spring would replace a stored trigger on every start
 * ({@code overwrite-existing-jobs}) and so forget a fire time missed while every replica
 * was down. It is created when missing and replaced only when its cron or zone changed; a
 * missed fire time is then a misfire, which Quartz fires once on recovery however many
 * were missed, and the ISO-week claim in {@link Digests} keeps it to one digest a week.
 */
final class DigestSchedule {

	static final String NAME = "insights-digest";

	static final String GROUP = "violet-insights";

	private DigestSchedule() {
	}

	@DisallowConcurrentExecution
	static class WeeklyDigestJob extends QuartzJobBean {

		private final Digests digests;

		WeeklyDigestJob(Digests digests) {
			this.digests = digests;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.digests.claimThisWeek();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		private static final Logger log = LoggerFactory.getLogger(Schedule.class);

		@Bean
		JobDetail insightsDigestJob() {
			return JobBuilder.newJob(WeeklyDigestJob.class)
				.withIdentity(NAME, GROUP)
				.withDescription("Weekly insights digest")
				.storeDurably()
				.build();
		}

		@Bean
		ApplicationRunner insightsDigestTrigger(Scheduler scheduler, InsightsSettings settings, VioletSettings violet) {
			return (ApplicationArguments args) -> ensureTrigger(scheduler, settings.digestCron(),
					(settings.digestZone() != null) ? settings.digestZone() : violet.timezone());
		}

		static void ensureTrigger(Scheduler scheduler, String cron, ZoneId zone) throws SchedulerException {
			TriggerKey key = TriggerKey.triggerKey(NAME, GROUP);
			Trigger wanted = TriggerBuilder.newTrigger()
				.forJob(JobKey.jobKey(NAME, GROUP))
				.withIdentity(key)
				.withSchedule(CronScheduleBuilder.cronSchedule(cron)
					.inTimeZone(TimeZone.getTimeZone(zone))
					.withMisfireHandlingInstructionFireAndProceed())
				.build();
			Trigger existing = scheduler.getTrigger(key);
			if (existing instanceof CronTrigger stored && stored.getCronExpression().equals(cron)
					&& stored.getTimeZone().getID().equals(zone.getId())) {
				return;
			}
			try {
				if (existing == null) {
					scheduler.scheduleJob(wanted);
				}
				else {
					scheduler.rescheduleJob(key, wanted);
					log.info("Weekly insights digest rescheduled to '{}' in {}", cron, zone);
				}
			}
			catch (ObjectAlreadyExistsException ex) {
				// another replica created it at the same moment
			}
		}

	}

}
