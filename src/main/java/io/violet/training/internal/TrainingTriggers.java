package io.violet.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.violet.training.Cadence;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.triggers.CalendarIntervalTriggerImpl;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The Quartz triggers of each session: reminders 24 h and 1 h before, the drill opening,
 * and the recurrence that creates the next occurrence. They are stored in the clustered
 * JDBC job store within the caller's transaction, so a session is scheduled with all of
 * them or with none.
 */
@Component
public class TrainingTriggers {

	static final String GROUP = "violet-training";

	static final JobKey REMINDER_JOB = JobKey.jobKey("training-reminder", GROUP);

	static final JobKey DRILL_JOB = JobKey.jobKey("training-drill", GROUP);

	static final JobKey SERIES_JOB = JobKey.jobKey("training-series", GROUP);

	static final String SESSION_ID = "sessionId";

	static final String LEAD = "lead";

	private final Scheduler scheduler;

	public TrainingTriggers(Scheduler scheduler) {
		this.scheduler = scheduler;
	}

	public void schedule(SessionEntity session, Instant now) {
		Session s = session.toSession();
		for (Reminder reminder : Reminder.values()) {
			Instant at = s.startsAt().minus(reminder.lead);
			if (at.isAfter(now)) {
				add(TriggerBuilder.newTrigger()
					.withIdentity(reminder.triggerName(s.id()), GROUP)
					.forJob(REMINDER_JOB)
					.usingJobData(SESSION_ID, s.id())
					.usingJobData(LEAD, reminder.name())
					.startAt(Date.from(at))
					// sent late when the application was down; the job drops it when the
					// session has already started
					.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
					.build());
			}
		}
		if (s.kind() == SessionKind.DRILL) {
			add(TriggerBuilder.newTrigger()
				.withIdentity("drill-" + s.key(), GROUP)
				.forJob(DRILL_JOB)
				.usingJobData(SESSION_ID, s.id())
				.startAt(Date.from(s.startsAt()))
				.withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
				.build());
		}
	}

	public void scheduleSeries(SessionEntity first, Cadence cadence) {
		Session s = first.toSession();
		CalendarIntervalTriggerImpl trigger = Recurrence.trigger(s.startsAt(), s.zone(), cadence);
		trigger.setKey(seriesKey(first.seriesId()));
		trigger.setJobKey(SERIES_JOB);
		trigger.getJobDataMap().put(SESSION_ID, first.seriesId());
		// an occurrence missed while the application was down still creates the next one
		trigger.setMisfireInstruction(CalendarIntervalTriggerImpl.MISFIRE_INSTRUCTION_FIRE_ONCE_NOW);
		add(trigger);
	}

	public void unschedule(SessionEntity session) {
		Session s = session.toSession();
		try {
			List<TriggerKey> keys = new java.util.ArrayList<>();
			for (Reminder reminder : Reminder.values()) {
				keys.add(TriggerKey.triggerKey(reminder.triggerName(s.id()), GROUP));
			}
			keys.add(TriggerKey.triggerKey("drill-" + s.key(), GROUP));
			this.scheduler.unscheduleJobs(keys);
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not unschedule " + s.key(), ex);
		}
	}

	public void stopSeries(long seriesId) {
		try {
			this.scheduler.unscheduleJob(seriesKey(seriesId));
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not stop series " + seriesId, ex);
		}
	}

	public static TriggerKey seriesKey(long seriesId) {
		return TriggerKey.triggerKey("series-" + seriesId, GROUP);
	}

	private void add(Trigger trigger) {
		try {
			if (this.scheduler.checkExists(trigger.getKey())) {
				this.scheduler.rescheduleJob(trigger.getKey(), trigger);
			}
			else {
				this.scheduler.scheduleJob(trigger);
			}
		}
		catch (SchedulerException ex) {
			throw new IllegalStateException("Could not schedule " + trigger.getKey(), ex);
		}
	}

	/**
	 * The reminders before a session.
	 */
	public enum Reminder {

		H24(Duration.ofHours(24), DeliveryKind.REMINDER_24H), H1(Duration.ofHours(1), DeliveryKind.REMINDER_1H);

		final Duration lead;

		final DeliveryKind kind;

		Reminder(Duration lead, DeliveryKind kind) {
			this.lead = lead;
			this.kind = kind;
		}

		String triggerName(long sessionId) {
			return "reminder-" + name().toLowerCase(java.util.Locale.ROOT) + "-" + new SessionKey(sessionId).text();
		}

	}

	@Configuration(proxyBeanMethods = false)
	public static class Jobs {

		@Bean
		JobDetail trainingReminderJob() {
			return JobBuilder.newJob(TrainingJobs.ReminderJob.class)
				.withIdentity(REMINDER_JOB)
				.withDescription("Remind a session's invitees")
				.storeDurably()
				.build();
		}

		@Bean
		JobDetail trainingDrillJob() {
			return JobBuilder.newJob(TrainingJobs.DrillJob.class)
				.withIdentity(DRILL_JOB)
				.withDescription("Open a drill room at the drill's time")
				.storeDurably()
				.build();
		}

		@Bean
		JobDetail trainingSeriesJob() {
			return JobBuilder.newJob(TrainingJobs.SeriesJob.class)
				.withIdentity(SERIES_JOB)
				.withDescription("Create the next occurrence of a repeating session")
				.storeDurably()
				.build();
		}

	}

}
