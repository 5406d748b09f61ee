package io.violet.training.slack;

import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackApiError;
import io.violet.slack.SlackErrors;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMethod;
import io.violet.slack.SlackWork;
import io.violet.training.SessionKey;
import io.violet.training.internal.Deliveries;

import org.springframework.stereotype.Component;

/**
 * A training message the delivery queue gave up on, parked as Slack work so that admins
 * see it beside every other dead letter ({@code /violet ops failed}) and retry it the
 * same way ({@code /violet ops retry}).
 * <p>
 * The job's first run parks it at once, with Slack's error and what to do, without
 * calling Slack again; an error a person can fix tells the admins once, as the runner
 * does for every job. A retried run puts the message back into the delivery queue, which
 * sends it in its turn (and checks the DM before posting, as for any message). Each time
 * a message is parked is its own job, so a message that fails again after a retry is
 * listed again.
 */
@Component
class ParkedDelivery implements SlackWork {

	/** Stored with every job: never rename. */
	static final String TYPE = "training.delivery-parked";

	private final Deliveries deliveries;

	private final SlackJobs jobs;

	ParkedDelivery(Deliveries deliveries, SlackJobs jobs) {
		this.deliveries = deliveries;
		this.jobs = jobs;
	}

	/**
	 * Parks a failed message for admins, unless it is parked already.
	 * @param deliveryId the message's row
	 * @param method the Slack method that refused it
	 */
	void park(long deliveryId, SlackMethod method) {
		for (int time = 0; time < 1000; time++) {
			String key = TYPE + ":" + deliveryId + ":" + time;
			var job = this.jobs.find(key);
			if (job.isEmpty()) {
				this.jobs.submit(TYPE, key, deliveryId + ":" + method.name());
				return;
			}
			if (job.get().state() != SlackJobStatus.State.DONE) {
				return;
			}
		}
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split(":", 2);
		long id = Long.parseLong(parts[0]);
		SlackMethod method = SlackMethod.valueOf(parts[1]);
		var row = this.deliveries.find(id).orElse(null);
		if (row == null || !"FAILED".equals(row.status())) {
			// gone, or sent meanwhile
			return;
		}
		if (job.attempt() > 0) {
			this.deliveries.requeue(id);
			return;
		}
		String reason = String.valueOf(row.reason());
		String error = reason.contains(": ") ? reason.substring(reason.lastIndexOf(": ") + 2) : reason;
		if (reason.equals(error) && !SlackErrors.isTransient(error)) {
			// the runner parks it with what to do, and tells admins where a person can
			// fix it
			throw new SlackApiError(method, error);
		}
		throw job.park(reason + " (" + method.method() + ")", SlackErrors.whatToDo(error, method));
	}

	@Override
	public String describe(String subject) {
		long id = Long.parseLong(subject.split(":", 2)[0]);
		return this.deliveries.find(id)
			.map((row) -> "training message " + id + " (" + row.kind().name().toLowerCase(java.util.Locale.ROOT)
					+ ((row.sessionId() != null) ? ", " + new SessionKey(row.sessionId()).text() : "") + ") to "
					+ Mrkdwn.user(row.userId()))
			.orElse("training message " + id);
	}

}
