package io.violet.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.violet.incident.internal.IncidentRepository;
import io.violet.incident.internal.IncidentSettings;
import io.violet.incident.internal.RegulatoryClockRepository;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds what has come due (status updates, clock reminders, archives) and publishes one
 * event per item in the same transaction that records it as due, so each reminder is sent
 * once, by whichever node the clustered job runs on.
 */
@Service
public class IncidentTicker {

	private final IncidentRepository incidents;

	private final RegulatoryClockRepository clocks;

	private final IncidentSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final ReentrantLock lock = new ReentrantLock();

	IncidentTicker(IncidentRepository incidents, RegulatoryClockRepository clocks, IncidentSettings settings,
			ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.incidents = incidents;
		this.clocks = clocks;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Publishes everything that is due now. The clustered job runs on one node at a time;
	 * the lock keeps a direct call on the same node from overlapping with it.
	 */
	public void tick() {
		this.lock.lock();
		try {
			this.transactions.executeWithoutResult((status) -> tickNow());
		}
		finally {
			this.lock.unlock();
		}
	}

	private void tickNow() {
		Instant now = this.clock.instant();
		for (Incident incident : this.incidents.statusRemindersDue(now)) {
			if (!incident.setupStep().reached(SetupStep.CHANNEL) || !incident.open()) {
				continue;
			}
			incident.statusReminderDue(now.plus(this.settings.statusReminder(incident.severity())));
			this.events.publishEvent(new IncidentEvents.StatusReminderDue(incident.id()));
		}
		List<RegulatoryClock> running = this.clocks.findByState(RegulatoryClock.State.RUNNING);
		Map<Long, Incident> owners = this.incidents
			.findAllById(running.stream().map(RegulatoryClock::incidentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Incident::id, Function.identity()));
		for (RegulatoryClock running1 : running) {
			Incident incident = owners.get(running1.incidentId());
			if (incident == null || !incident.setupStep().reached(SetupStep.CHANNEL)) {
				continue;
			}
			ClockRule rule = this.settings.clock(running1.ruleKey());
			Instant deadline = incident.awareAt().plus(rule.deadline());
			int due = 0;
			for (Duration before : rule.remindersBefore()) {
				if (before.compareTo(rule.deadline()) < 0 && !now.isBefore(deadline.minus(before))) {
					due++;
				}
			}
			if (due > running1.remindersDue()) {
				running1.remindersDue(due);
				this.events.publishEvent(new IncidentEvents.ClockReminderDue(running1.id()));
			}
		}
		for (Incident incident : this.incidents.archivesDue(now)) {
			incident.archiveRequested();
			this.events.publishEvent(new IncidentEvents.ArchiveDue(incident.id()));
		}
	}

	/**
	 * The Quartz job; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class IncidentTickJob extends QuartzJobBean {

		private final IncidentTicker ticker;

		IncidentTickJob(IncidentTicker ticker) {
			this.ticker = ticker;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.ticker.tick();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Schedule {

		@Bean
		JobDetail incidentTickJob() {
			return JobBuilder.newJob(IncidentTickJob.class)
				.withIdentity("incident-tick", "violet-incident")
				.withDescription("Status-update reminders, regulatory clock reminders and archiving of closed rooms")
				.storeDurably()
				.build();
		}

		@Bean
		Trigger incidentTickTrigger(JobDetail incidentTickJob) {
			return TriggerBuilder.newTrigger()
				.forJob(incidentTickJob)
				.withIdentity("incident-tick", "violet-incident")
				.withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(30)
					.withMisfireHandlingInstructionNextWithRemainingCount())
				.build();
		}

	}

}
