package io.violet.training.internal;

import java.util.concurrent.Executor;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts the delivery worker as soon as new rows are committed instead of waiting for its
 * next regular run.
 */
@Component
public class DeliveryStarter {

	/** The delivery job's key; the job itself lives with the Slack adapter. */
	public static final JobKey DELIVERY_JOB = JobKey.jobKey("training-deliveries", "violet-training");

	private static final Logger log = LoggerFactory.getLogger(DeliveryStarter.class);

	private final Scheduler scheduler;

	private final Executor executor;

	DeliveryStarter(Scheduler scheduler, @Qualifier("slackWorkExecutor") Executor executor) {
		this.scheduler = scheduler;
		this.executor = executor;
	}

	/**
	 * Runs the worker after the current transaction commits, or now when there is none.
	 */
	public void afterCommit() {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					// off this thread: its connection still belongs to the finished
					// transaction
					DeliveryStarter.this.executor.execute(DeliveryStarter.this::now);
				}
			});
		}
		else {
			now();
		}
	}

	/**
	 * Runs the worker now.
	 */
	public void now() {
		try {
			this.scheduler.triggerJob(DELIVERY_JOB);
		}
		catch (SchedulerException ex) {
			// the job's regular trigger picks the rows up within seconds
			log.warn("Could not start the delivery job right away: {}", ex.getMessage());
		}
	}

}
