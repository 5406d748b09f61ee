package io.violet.followup.slack;

import java.util.List;

import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.followup.tracker.TrackerQueue;
import io.violet.followup.tracker.Trackers;
import io.violet.slack.ParkedWorkSource;

import org.springframework.stereotype.Component;

/**
 * Parked tracker syncs in the admins' dead letters: {@code /violet ops failed} lists each
 * as {@code T-<n>} (the sync of follow-up {@code F-<n>}) with the tracker's answer, and
 * {@code /violet ops retry T-<n>|all} runs it again at the next sweep, like
 * {@code /violet follow-up tracker retry}. A follow-up is named by its key only: a
 * private incident's follow-up keeps its text in the room.
 */
@Component
class TrackerParkedWork implements ParkedWorkSource {

	static final String PREFIX = "T";

	private final TrackerQueue queue;

	private final Trackers trackers;

	private final AuditTrail audit;

	TrackerParkedWork(TrackerQueue queue, Trackers trackers, AuditTrail audit) {
		this.queue = queue;
		this.trackers = trackers;
		this.audit = audit;
	}

	@Override
	public String prefix() {
		return PREFIX;
	}

	@Override
	public List<Item> parked() {
		String kind = this.trackers.settings().kind();
		return this.queue.parked()
			.stream()
			.map((p) -> new Item(p.followUpId(), kind + " sync of follow-up " + FollowUp.keyOf(p.followUpId()),
					(p.error() != null) ? p.error() : "unknown", p.since(), p.attempts(),
					"Fix the cause in " + kind + " or Violet's tracker settings (token, project, workflow), then "
							+ "retry; the sync finds an issue it already created instead of making a second one."))
			.toList();
	}

	@Override
	public int countParked() {
		return this.queue.countParked();
	}

	@Override
	public boolean retry(long number, String by) {
		if (this.queue.retry(number) == 0) {
			return false;
		}
		this.audit.record(by, "followup.tracker-retried", "tracker:" + this.trackers.settings().kind(),
				FollowUp.keyOf(number) + " (ops retry)");
		return true;
	}

}
