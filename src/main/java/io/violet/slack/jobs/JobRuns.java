package io.violet.slack.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.violet.slack.SlackApiError;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackRetryLaterException;
import io.violet.slack.SlackUnavailableException;
import io.violet.slack.SlackWork;
import io.violet.slack.SlackWorkSettings;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a claimed job, and what becomes of the job after it: finished, parked for
 * admins, or given back with a time not to run before (Slack's {@code Retry-After}, or a
 * backoff that counts against the cap of failures).
 */
final class JobRuns {

	private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

	private final JobStore store;

	private final SlackWorkSettings settings;

	private final Clock clock;

	private final JobContext context;

	private final SlackJobs jobs;

	JobRuns(JobStore store, SlackWorkSettings settings, Clock clock, JobContext context, SlackJobs jobs) {
		this.store = store;
		this.settings = settings;
		this.clock = clock;
		this.context = context;
		this.jobs = jobs;
	}

	/**
	 * Runs a claimed job once.
	 * @param work the job's type of work, null when this release does not know it
	 * @param row the job
	 * @param claim this node's claim
	 * @return whether the job is to run again at once
	 */
	boolean runOnce(@Nullable SlackWork work, JobStore.Row row, JobStore.Claim claim) {
		if (work == null) {
			this.store.park(claim, "unknown work type " + row.type(),
					"Run a release of Violet that knows this work, then retry.", this.clock.instant());
			return false;
		}
		RunningJob job = null;
		try {
			job = new RunningJob(row, claim.attempts() - 1, this.context);
			work.run(job);
			job.flush();
			return this.store.finish(claim, this.clock.instant());
		}
		catch (JobParked ex) {
			flushQuietly(job);
			log.warn("Parked Slack job {}: {}", row.key(), ex.getMessage());
			this.store.park(claim, ex.error(), ex.whatToDo(), this.clock.instant());
		}
		catch (SlackRetryLaterException ex) {
			flushQuietly(job);
			log.info("Slack job {} waits until {}: {}", row.key(), ex.notBefore(), ex.getMessage());
			this.store.giveBack(claim, ex.notBefore(), false, ex.getMessage(), this.clock.instant());
		}
		catch (SlackUnavailableException ex) {
			flushQuietly(job);
			failed(row, claim, ex.getMessage(), ex.error(), ex.method());
		}
		catch (SlackApiError ex) {
			flushQuietly(job);
			if (SlackErrors.isTransient(ex.error())) {
				failed(row, claim, ex.getMessage(), ex.error(), ex.method());
			}
			else {
				log.warn("Parked Slack job {}: {}", row.key(), ex.getMessage());
				this.store.park(claim, ex.error() + " (" + ex.method().method() + ")",
						SlackErrors.whatToDo(ex.error(), ex.method()), this.clock.instant());
				if (SlackErrors.tellAdmins(ex.error()) && !AdminNotices.TYPE.equals(row.type())) {
					AdminNotices.submit(this.jobs, ex.error(), ex.method(), null);
				}
			}
		}
		catch (RuntimeException ex) {
			flushQuietly(job);
			log.error("Slack job {} failed", row.key(), ex);
			failed(row, claim, ex.toString(), "error", null);
		}
		return false;
	}

	private void failed(JobStore.Row row, JobStore.Claim claim, String message, String error,
			@Nullable SlackMethod method) {
		int failures = row.failures() + 1;
		Instant now = this.clock.instant();
		if (failures >= this.settings.maxFailures()) {
			log.warn("Parked Slack job {} after {} failures: {}", row.key(), failures, message);
			this.store.park(claim, true, "gave up after " + failures + " failures: " + message, (method != null)
					? SlackErrors.whatToDo(error, method) : "Look for the error in the logs; retry once it is fixed.",
					now);
			return;
		}
		Duration wait = this.settings.backoff(failures);
		log.info("Slack job {} failed ({}); trying again in {} s", row.key(), message, wait.toSeconds());
		this.store.giveBack(claim, now.plus(wait), true, message, now);
	}

	private static void flushQuietly(@Nullable RunningJob job) {
		if (job != null) {
			try {
				job.flush();
			}
			catch (RuntimeException ex) {
				log.warn("Could not record the effects of a failed run: {}", ex.getMessage());
			}
		}
	}

}
