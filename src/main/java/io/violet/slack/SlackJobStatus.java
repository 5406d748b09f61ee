package io.violet.slack;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a queued Slack job stands.
 *
 * @param key the job's key
 * @param type its {@link SlackWork#type()}
 * @param subject its subject
 * @param state its state
 * @param attempts runs started so far
 * @param failures transient failures counted against the cap
 * @param notBefore the earliest time it runs (again)
 * @param lastError what went wrong last, or null
 * @param whatToDo for a parked job, what an admin can do
 */
public record SlackJobStatus(String key, String type, String subject, State state, int attempts, int failures,
		Instant notBefore, @Nullable String lastError, @Nullable String whatToDo) {

	/**
	 * A job's state.
	 */
	public enum State {

		/** Waiting for its time or for a worker. */
		PENDING,

		/** A node is running it. */
		RUNNING,

		/** Finished (a refresh job runs again when asked again). */
		DONE,

		/**
		 * Given up on; listed in {@code /violet ops failed} until an admin retries it.
		 */
		PARKED

	}

}
