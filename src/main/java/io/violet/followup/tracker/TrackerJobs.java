package io.violet.followup.tracker;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

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
		return JobBuilder.newJob(SyncTrackerJob.class)
			.withIdentity("followup-tracker-sync", "violet-followup")
			.withDescription("Retry pending tracker syncs of follow-ups")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger trackerSyncTrigger(JobDetail trackerSyncJob, TrackerSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(trackerSyncJob)
			.withIdentity("followup-tracker-sync", "violet-followup")
			.withSchedule(
					SimpleScheduleBuilder.repeatSecondlyForever((int) Math.max(10, settings.syncInterval().toSeconds()))
						.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
	}

	@Bean
	JobDetail trackerReconcileJob() {
		return JobBuilder.newJob(ReconcileTrackerJob.class)
			.withIdentity("followup-tracker-reconcile", "violet-followup")
			.withDescription("Compare follow-ups with their tracker issues, for missed webhooks")
			.storeDurably()
			.build();
	}

	@Bean
	Trigger trackerReconcileTrigger(JobDetail trackerReconcileJob, TrackerSettings settings) {
		return TriggerBuilder.newTrigger()
			.forJob(trackerReconcileJob)
			.withIdentity("followup-tracker-reconcile", "violet-followup")
			.withSchedule(SimpleScheduleBuilder
				.repeatSecondlyForever((int) Math.max(60, settings.reconcileInterval().toSeconds()))
				.withMisfireHandlingInstructionNextWithRemainingCount())
			.build();
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
