package io.violet.slack.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.violet.slack.AfterAck;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJobRunner;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackWork;
import io.violet.slack.SlackWorkSettings;
import io.violet.slack.UserReachability;
import org.jspecify.annotations.Nullable;
import org.quartz.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The durable runner of Slack work.
 * <p>
 * A submission is a row in the caller's transaction (an outbox); once it commits, the
 * submitting node starts the job at once on its own workers, and every node's poller
 * picks up jobs that have come due or were given back. A running job is claimed by the
 * node's Quartz scheduler instance id; another node takes it over only when that node no
 * longer checks in with the Quartz cluster, never because a slow live run took long. A
 * run that meets a transient failure ends and gives its job back with a time not to run
 * before (Slack's {@code Retry-After}, or a backoff), up to a cap of failures, after
 * which the job is parked for admins; so does work that parks itself.
 */
@Component
class DurableSlackJobs implements SlackJobs, SlackJobRunner, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DurableSlackJobs.class);

	private static final int BATCH = 100;

	/** Slack's time for an ack: work queued before it is held back at most this long. */
	private static final Duration ACK_HOLD = Duration.ofSeconds(3);

	private static final Duration MAINTENANCE_EVERY = Duration.ofMinutes(10);

	private final JobStore store;

	private final ObjectProvider<SlackWork> workProvider;

	private final SlackWorkSettings settings;

	private final Clock clock;

	private final JobGauges gauges;

	private final ClusterNode node;

	private final JobRuns runs;

	/** Jobs queued on or running on this node's workers. */
	private final LocalJobs active = new LocalJobs();

	private volatile ThreadPoolExecutor workers;

	private volatile @Nullable Map<String, SlackWork> work;

	private volatile @Nullable ScheduledExecutorService poller;

	private volatile boolean running;

	private volatile Instant nextMaintenance = Instant.EPOCH;

	DurableSlackJobs(JobStore store, EffectStore effects, ObjectProvider<SlackWork> work, SlackGateway gateway,
			ObjectProvider<UserReachability> reachability, ObjectProvider<Scheduler> scheduler,
			SlackWorkSettings settings, Clock clock, JobGauges gauges) {
		this.store = store;
		this.workProvider = work;
		this.settings = settings;
		this.clock = clock;
		this.gauges = gauges;
		this.node = new ClusterNode(scheduler);
		this.runs = new JobRuns(store, settings, clock, new JobEnvironment(gateway, effects, clock, reachability, this),
				this);
		this.workers = newWorkers();
	}

	private ThreadPoolExecutor newWorkers() {
		int threads = Math.max(1, this.settings.workers());
		ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
				new LinkedBlockingQueue<>(), new CustomizableThreadFactory("slack-job-"));
		pool.allowCoreThreadTimeOut(true);
		return pool;
	}

	@Override
	public void submit(String type, String key, String subject) {
		submit(type, key, subject, this.clock.instant());
	}

	@Override
	public void submit(String type, String key, String subject, Instant notBefore) {
		requireWork(type);
		Instant now = this.clock.instant();
		Instant held = holdUntilTheAck(now);
		boolean due = !notBefore.isAfter(now);
		Optional<Long> id = this.store.insert(type, key, subject, (due && held != null) ? held : notBefore, now);
		if (id.isPresent() && due) {
			JobStore.Row fresh = new JobStore.Row(id.get(), key, type, subject, SlackJobStatus.State.PENDING, 0, 0, now,
					null, null, null, now, now);
			afterCommit(() -> {
				if (held != null) {
					this.store.release(id.get(), held, this.clock.instant());
				}
				dispatch(fresh);
			});
		}
	}

	@Override
	public void refresh(String type, String key, String subject) {
		requireWork(type);
		Instant now = this.clock.instant();
		Instant held = holdUntilTheAck(now);
		long id = this.store.upsertRefresh(type, key, subject, (held != null) ? held : now, now);
		afterCommit(() -> {
			if (held != null) {
				this.store.release(id, held, this.clock.instant());
			}
			this.store.find(id).ifPresent(this::dispatch);
		});
	}

	/**
	 * Work queued while a request from Slack waits for its ack is held back for as long
	 * as Slack waits at most, so that no node's poller starts it before the ack; the ack
	 * releases it at once (and a node that dies before its ack leaves it due soon after).
	 * @return the time it is held until, or null when no request waits
	 */
	private @Nullable Instant holdUntilTheAck(Instant now) {
		return AfterAck.beforeTheAck() ? now.plus(ACK_HOLD).truncatedTo(ChronoUnit.MILLIS) : null;
	}

	@Override
	public Optional<SlackJobStatus> find(String key) {
		return this.store.find(key).map(JobStore.Row::status);
	}

	/**
	 * Starts jobs that were armed again by an admin.
	 * @param ids the jobs
	 */
	void startSoon(Set<Long> ids) {
		afterCommit(() -> ids.forEach((id) -> this.store.find(id).ifPresent(this::dispatch)));
	}

	/**
	 * What a type of work calls itself for admins.
	 * @param type the type
	 * @param subject the subject
	 * @return the description
	 */
	String describe(String type, String subject) {
		SlackWork found = works().get(type);
		return (found != null) ? found.describe(subject) : type + " " + subject;
	}

	@Override
	public int runDue() {
		int ran = 0;
		Set<Long> elsewhere = new HashSet<>();
		for (int round = 0; round < 1000; round++) {
			releaseOrphans();
			List<JobStore.Row> due = this.store.due(this.clock.instant(), BATCH);
			boolean any = false;
			for (JobStore.Row row : due) {
				if (!this.active.add(row.id())) {
					elsewhere.add(row.id());
					continue;
				}
				try {
					if (claimAndRun(row)) {
						ran++;
						any = true;
					}
				}
				finally {
					this.active.remove(row.id());
				}
			}
			// those this node's workers run meanwhile end before the next round looks
			this.active.awaitEnd(elsewhere, Duration.ofSeconds(60));
			if (!any && this.store.due(this.clock.instant(), 1).isEmpty()) {
				break;
			}
		}
		return ran;
	}

	private void requireWork(String type) {
		if (!works().containsKey(type)) {
			throw new IllegalArgumentException("No SlackWork of type " + type);
		}
	}

	private Map<String, SlackWork> works() {
		Map<String, SlackWork> known = this.work;
		if (known == null) {
			known = this.workProvider.orderedStream()
				.collect(Collectors.toMap(SlackWork::type, Function.identity(), (a, b) -> {
					throw new IllegalStateException("Two SlackWork beans of type " + a.type());
				}));
			this.work = known;
		}
		return known;
	}

	/**
	 * Runs a task once the submitting transaction committed and, when the submission came
	 * from a request Slack waits on, once its ack has gone out: a job queued by a command
	 * never calls Slack before the command is answered.
	 */
	private static void afterCommit(Runnable task) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					AfterAck.run(task);
				}
			});
		}
		else {
			AfterAck.run(task);
		}
	}

	/**
	 * Hands a job to this node's workers unless they have it already.
	 */
	private void dispatch(JobStore.Row row) {
		if (!live() || row.state() == SlackJobStatus.State.RUNNING || !this.active.add(row.id())) {
			return;
		}
		try {
			this.workers.execute(() -> {
				try {
					claimAndRun(row);
				}
				finally {
					this.active.remove(row.id());
				}
			});
		}
		catch (RuntimeException ex) {
			// shutting down: the job stays pending for another node or the next start
			this.active.remove(row.id());
		}
	}

	/**
	 * Claims a job and runs it, again as long as it was asked for again meanwhile.
	 * @return whether this node ran it
	 */
	private boolean claimAndRun(JobStore.Row row) {
		ClusterNode.Identity self = this.node.known();
		if (self == null || !claim(row.id(), self)) {
			return false;
		}
		JobStore.Row current = row;
		JobStore.Claim claim = new JobStore.Claim(row.id(), self.id(), row.attempts() + 1);
		while (this.runs.runOnce(works().get(current.type()), current, claim)) {
			Optional<JobStore.Row> again = this.store.find(row.id());
			if (again.isEmpty() || !claim(row.id(), self)) {
				break;
			}
			current = again.get();
			claim = new JobStore.Claim(row.id(), self.id(), current.attempts() + 1);
		}
		return true;
	}

	/**
	 * Claims a job; a claim that loses a lock wait or a deadlock claims nothing, and the
	 * job stays pending for the next poll.
	 */
	private boolean claim(long id, ClusterNode.Identity self) {
		try {
			return this.store.claim(id, self.id(), this.clock.instant());
		}
		catch (PessimisticLockingFailureException ex) {
			log.debug("Claim of Slack job {} lost a lock: {}", id, ex.getMessage());
			return false;
		}
	}

	private boolean live() {
		return this.running && this.node.live() != null;
	}

	private void releaseOrphans() {
		if (!live()) {
			return;
		}
		ClusterNode.Identity self = this.node.known();
		Instant now = this.clock.instant();
		if (self != null && self.clustered()) {
			int orphans = this.store.releaseOrphans(self.scheduler(), self.id(), System.currentTimeMillis(), now);
			if (orphans > 0) {
				log.warn("Took over {} Slack jobs of nodes that stopped checking in", orphans);
			}
		}
		if (self != null) {
			this.store.releaseLost(self.id(), this.active.ids(), now);
		}
	}

	private void poll() {
		try {
			if (!live()) {
				return;
			}
			releaseOrphans();
			for (JobStore.Row row : this.store.due(this.clock.instant(), BATCH)) {
				dispatch(row);
			}
			this.gauges.refresh();
			Instant now = this.clock.instant();
			if (now.isAfter(this.nextMaintenance)) {
				this.nextMaintenance = now.plus(MAINTENANCE_EVERY);
				int purged = this.store.purgeDone(now.minus(this.settings.retention()));
				if (purged > 0) {
					log.info("Forgot {} Slack jobs finished more than {} ago", purged, this.settings.retention());
				}
			}
		}
		catch (RuntimeException ex) {
			log.warn("Polling for Slack jobs failed: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		// a stopped context may be started again (a paused test context is)
		if (this.workers.isShutdown()) {
			this.workers = newWorkers();
		}
		this.running = true;
		ScheduledExecutorService ticks = Executors
			.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("slack-job-poller-"));
		long every = Math.max(100, this.settings.pollInterval().toMillis());
		ticks.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
		this.poller = ticks;
	}

	@Override
	public void stop() {
		this.running = false;
		ScheduledExecutorService ticks = this.poller;
		if (ticks != null) {
			ticks.shutdownNow();
		}
		// runs finish while the node still checks in; those that do not are interrupted,
		// fail and give their jobs back, so that another node takes them at once
		this.workers.shutdown();
		try {
			if (!this.workers.awaitTermination(20, TimeUnit.SECONDS)) {
				this.workers.shutdownNow();
				this.workers.awaitTermination(5, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// stops after Quartz has gone to standby, whose cluster check-ins go on until the
		// scheduler is destroyed: runs that finish meanwhile are still this node's
		return SmartLifecycle.DEFAULT_PHASE - 1;
	}

}
