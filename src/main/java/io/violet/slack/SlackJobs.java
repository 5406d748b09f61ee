package io.violet.slack;

import java.time.Instant;
import java.util.Optional;

/**
 * Queues {@link SlackWork}: the one way a module has Slack do something that must happen
 * exactly once (a post, a DM, an invite, a pin, an upload, a canvas).
 * <p>
 * A submission joins the caller's transaction, so the job exists if and only if the
 * change that asked for it commits (an outbox). Submit from a listener in the module's
 * {@code slack} package that runs inside the publishing transaction
 * ({@code @TransactionalEventListener(phase = BEFORE_COMMIT)} or a plain
 * {@code @EventListener}), or from an {@code @ApplicationModuleListener} reacting to
 * another module's event. Without a transaction the submission commits on its own.
 */
public interface SlackJobs {

	/**
	 * Queues work to run once, as soon as possible after the current transaction commits.
	 * The same key again is the same job: it is not queued twice, whether the first is
	 * still pending, running, done or parked.
	 * @param type the {@link SlackWork#type()} that runs it
	 * @param key a key unique across Violet, e.g. {@code incident.setup:42}
	 * @param subject what the work needs to find its data (ids), e.g. {@code 42}
	 */
	void submit(String type, String key, String subject);

	/**
	 * Like {@link #submit(String, String, String)}, not before a given time (a reminder
	 * at its hour). A job's time is fixed by its first submission.
	 * @param type the work type
	 * @param key the job's key
	 * @param subject the subject
	 * @param notBefore the earliest time it may run
	 */
	void submit(String type, String key, String subject, Instant notBefore);

	/**
	 * Queues work that brings something up to date and may run any number of times (a
	 * card redrawn with {@code chat.update}, an App Home republished): a pending run with
	 * the same key absorbs this one, a finished one runs again. Effects made by such work
	 * should be ones that are safe to repeat ({@link SlackJob#update},
	 * {@link SlackJob#publishHome}); a keyed effect inside it still happens only once.
	 * @param type the work type
	 * @param key the job's key, e.g. {@code initiative.card:7}
	 * @param subject the subject
	 */
	void refresh(String type, String key, String subject);

	/**
	 * Where a job stands, e.g. for a test or for a module that shows it.
	 * @param key the job's key
	 * @return the job, empty when no job has that key (or it was forgotten after
	 * {@code violet.slack.work.retention})
	 */
	default Optional<SlackJobStatus> find(String key) {
		return Optional.empty();
	}

}
