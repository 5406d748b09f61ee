package io.violet.followup.tracker;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import io.violet.RecurringJob;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.scheduling.quartz.QuartzJobBean;

/**
 * The clustered jobs of the tracker sync (each runs on one node at a time): the sweep
 * that retries pending syncs, and the reconcile for missed webhooks. Without a tracker
 * they do nothing.
 */
@Configuration(proxyBeanMethods = false)
class TrackerJobs {

	private static final RecurringJob SYNC = new RecurringJob("followup-tracker-sync", "violet-followup",
			"Retry pending tracker syncs of follow-ups", SyncTrackerJob.class);

	private static final RecurringJob RECONCILE = new RecurringJob("followup-tracker-reconcile", "violet-followup",
			"Compare follow-ups with their tracker issues, for missed webhooks", ReconcileTrackerJob.class);

	static final String EXECUTOR = "trackerSyncExecutor";

	/**
	 * The threads that run a sync right after its change committed. A plain
	 * {@link ExecutorService} rather than a Spring {@code TaskExecutor}, so that it never
	 * becomes anyone else's default; when its queue is full the sweep catches up, since
	 * the queue that counts is in the database.
	 * @return the executor
	 */
	@Bean(name = EXECUTOR, destroyMethod = "shutdown")
	ExecutorService trackerSyncExecutor() {
		ThreadPoolExecutor executor = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(500),
				new CustomizableThreadFactory("tracker-sync-"), new ThreadPoolExecutor.DiscardPolicy());
		executor.allowCoreThreadTimeOut(true);
		return executor;
	}

	@Bean
	JobDetail trackerSyncJob() {
		return SYNC.detail();
	}

	@Bean
	Trigger trackerSyncTrigger(TrackerSettings settings) {
		return SYNC.every(settings.syncInterval(), Duration.ofSeconds(10));
	}

	@Bean
	JobDetail trackerReconcileJob() {
		return RECONCILE.detail();
	}

	@Bean
	Trigger trackerReconcileTrigger(TrackerSettings settings) {
		return RECONCILE.every(settings.reconcileInterval(), Duration.ofSeconds(60));
	}

	/**
	 * The sweep; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class SyncTrackerJob extends QuartzJobBean {

		private final TrackerSync sync;

		SyncTrackerJob(TrackerSync sync) {
			this.sync = sync;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.sync.runDue();
		}

	}

	/**
	 * The reconcile; its class name is stored in the database, so it stays stable.
	 */
	@DisallowConcurrentExecution
	static class ReconcileTrackerJob extends QuartzJobBean {

		private final TrackerReconcile reconcile;

		ReconcileTrackerJob(TrackerReconcile reconcile) {
			this.reconcile = reconcile;
		}

		@Override
		protected void executeInternal(JobExecutionContext context) {
			this.reconcile.run();
		}

	}

}
