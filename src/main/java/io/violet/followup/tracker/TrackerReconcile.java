package io.violet.followup.tracker;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.violet.followup.internal.FollowUpItem;
import io.violet.followup.internal.FollowUpRepository;
import io.violet.followup.internal.FollowUpService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The periodic reconcile, for webhooks that never arrived: each follow-up still open (or
 * done within the last month) is compared with its issue. An issue whose state moved
 * since Violet last saw it was changed in the tracker, and the follow-up follows; an
 * issue that still has the state Violet last saw while the follow-up moved on gets its
 * sync queued. Open follow-ups that never had an issue (made before the tracker was set
 * up) get one.
 */
@Service
public class TrackerReconcile {

	private static final Logger log = LoggerFactory.getLogger(TrackerReconcile.class);

	static final Duration CLOSED_WITHIN = Duration.ofDays(30);

	private final Trackers trackers;

	private final TrackerQueue queue;

	private final FollowUpRepository items;

	private final FollowUpService service;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TrackerReconcile(Trackers trackers, TrackerQueue queue, FollowUpRepository items, FollowUpService service,
			TransactionTemplate transactions, Clock clock) {
		this.trackers = trackers;
		this.queue = queue;
		this.items = items;
		this.service = service;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Reconciles every linked follow-up with its issue.
	 * @return how many follow-ups followed their issue
	 */
	public int run() {
		TrackerClient client = this.trackers.client().orElse(null);
		if (client == null) {
			return 0;
		}
		for (long id : this.items.idsOpenWithoutIssue()) {
			if (!this.queue.known(id)) {
				this.transactions.executeWithoutResult((status) -> this.queue.enqueue(id));
			}
		}
		List<FollowUpItem> linked = this.items.linkedTo(client.kind(), this.clock.instant().minus(CLOSED_WITHIN));
		Map<String, FollowUpItem> byReference = new LinkedHashMap<>();
		linked.forEach((item) -> byReference.put(item.trackerRef(), item));
		Map<String, Boolean> states;
		try {
			states = client.closedStates(byReference.keySet());
		}
		catch (TrackerException ex) {
			log.warn("Tracker reconcile postponed: {}", ex.getMessage());
			return 0;
		}
		int followed = 0;
		for (Map.Entry<String, Boolean> state : states.entrySet()) {
			FollowUpItem item = byReference.get(state.getKey());
			if (item == null) {
				continue;
			}
			boolean remote = state.getValue();
			boolean lastSeen = Boolean.TRUE.equals(item.trackerClosed());
			if (remote != lastSeen) {
				this.service.followTracker(item.id(), remote, "tracker:" + client.kind());
				followed++;
			}
			else if (remote != item.done()) {
				this.transactions.executeWithoutResult((status) -> this.queue.enqueue(item.id()));
			}
		}
		return followed;
	}

}
