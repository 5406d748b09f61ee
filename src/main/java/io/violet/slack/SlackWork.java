package io.violet.slack;

/**
 * One kind of Slack work that must happen exactly once, contributed by a module as a
 * Spring bean and run by the slack module's durable job runner.
 * <p>
 * A module queues a job of this kind with {@link SlackJobs#submit}; any replica runs it
 * after the submitting transaction commits. A run that fails for a reason that passes
 * (Slack unavailable, a long {@code Retry-After}, a crash) runs again later from the top;
 * every effect the earlier run completed is answered from its record, so only what has
 * not happened is done. Work therefore reads its state by the job's subject (ids), makes
 * its effects through {@link SlackJob}, and never keeps state between runs itself.
 */
public interface SlackWork {

	/**
	 * The kind's name, stored with every job of it, e.g. {@code incident.setup}. It is
	 * persisted like a Quartz job class: never rename one that has shipped.
	 * @return the stable name
	 */
	String type();

	/**
	 * Does the work, or the part of it not done yet.
	 * @param job the job: its subject, and the effects it may make
	 */
	void run(SlackJob job);

	/**
	 * A line naming the work for the admins' list of parked work ({@code /violet ops
	 * failed}), e.g. "war-room setup of incident 42". Admins may see everything, but the
	 * line should name things by id rather than quote what users typed.
	 * @param subject the job's subject
	 * @return the description
	 */
	default String describe(String subject) {
		return type() + " " + subject;
	}

}
