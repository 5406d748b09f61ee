package io.violet.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Work that must wait until Slack has Violet's answer to the request being handled: no
 * Web API call may be made before the ack (Slack gives a handler three seconds, and a
 * handler waiting on Slack while Slack waits on it is how the limit is missed).
 * <p>
 * While a request from Slack is handled on a thread ({@code /slack/events}, or an
 * envelope over Socket Mode), a task handed to {@link #run} waits; it runs as soon as the
 * answer is written (HTTP: after the response is flushed; Socket Mode: on a work thread
 * once the handler returned, as the SDK sends the ack). On any other thread it runs at
 * once. The Slack job runner starts work submitted during a request this way, so a job
 * queued by a command starts after its ack, wherever the command committed.
 */
public final class AfterAck {

	private static final Logger log = LoggerFactory.getLogger(AfterAck.class);

	private static final ThreadLocal<List<Runnable>> WAITING = new ThreadLocal<>();

	private AfterAck() {
	}

	/**
	 * Runs a task after the current request's answer, or now when this thread handles
	 * none.
	 * @param task the task; a failure is logged, never thrown into the request
	 */
	public static void run(Runnable task) {
		List<Runnable> waiting = WAITING.get();
		if (waiting != null) {
			waiting.add(task);
		}
		else {
			task.run();
		}
	}

	/**
	 * Whether this thread is handling a request from Slack that has not been answered.
	 * @return true before the ack
	 */
	public static boolean beforeTheAck() {
		return WAITING.get() != null;
	}

	/**
	 * Opens the scope of a request on this thread.
	 * @return the scope, or null when an outer scope is open (that one runs the tasks)
	 */
	static @Nullable Scope open() {
		if (WAITING.get() != null) {
			return null;
		}
		WAITING.set(new ArrayList<>());
		return new Scope();
	}

	/**
	 * The scope of one request; closed once its answer is on its way.
	 */
	static final class Scope {

		private Scope() {
		}

		/**
		 * The answer is written: runs the waiting tasks on this thread.
		 */
		void answered() {
			List<Runnable> tasks = drain();
			tasks.forEach(Scope::runQuietly);
		}

		/**
		 * The answer is sent by the caller once this returns: hands the waiting tasks to
		 * an executor.
		 * @param executor where they run
		 */
		void answeredBy(Executor executor) {
			List<Runnable> tasks = drain();
			if (tasks.isEmpty()) {
				return;
			}
			try {
				executor.execute(() -> tasks.forEach(Scope::runQuietly));
			}
			catch (RuntimeException ex) {
				// shutting down: what they would have started is picked up by pollers
				log.warn("Could not start {} tasks after an ack: {}", tasks.size(), ex.getMessage());
			}
		}

		private static List<Runnable> drain() {
			List<Runnable> tasks = WAITING.get();
			WAITING.remove();
			return (tasks != null) ? tasks : List.of();
		}

		private static void runQuietly(Runnable task) {
			try {
				task.run();
			}
			catch (RuntimeException ex) {
				log.warn("A task after an ack failed: {}", ex.getMessage(), ex);
			}
		}

	}

}
