package io.violet.followup.tracker;

import java.time.Clock;
import java.util.concurrent.Executor;

import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpItem;
import io.violet.followup.internal.FollowUpRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a follow-up's issue in line with the follow-up: creates it (with a link back),
 * then closes or reopens it to match. It runs from the durable queue, outside any
 * transaction while it talks to the tracker; each result is recorded in a short
 * transaction of its own. An issue already in the wanted state is left alone, and a
 * change that came from the tracker (webhook or reconcile) leaves nothing to sync back:
 * no ping-pong.
 */
@Service
public class TrackerSync {

	private static final Logger log = LoggerFactory.getLogger(TrackerSync.class);

	private static final int BATCH = 50;

	private final TrackerQueue queue;

	private final Trackers trackers;

	private final TrackerIssues issues;

	private final FollowUpRepository items;

	private final TransactionTemplate transactions;

	private final Executor executor;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrackerSync(TrackerQueue queue, Trackers trackers, TrackerIssues issues, FollowUpRepository items,
			TransactionTemplate transactions, @Qualifier(TrackerJobs.EXECUTOR) Executor executor,
			ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.clock = clock;
		this.queue = queue;
		this.trackers = trackers;
		this.issues = issues;
		this.items = items;
		this.transactions = transactions;
		this.executor = executor;
	}

	/**
	 * Runs a follow-up's sync soon on this node (after the change that asked for it has
	 * committed); the clustered sweep picks it up anyway if this node cannot.
	 * @param followUpId the follow-up
	 */
	void kick(long followUpId) {
		try {
			this.executor.execute(() -> run(followUpId));
		}
		catch (RuntimeException ex) {
			log.debug("Tracker sync of follow-up {} left to the sweep: {}", followUpId, ex.getMessage());
		}
	}

	/**
	 * Runs every sync that is due.
	 * @return how many ran
	 */
	public int runDue() {
		if (!this.trackers.enabled()) {
			return 0;
		}
		int ran = 0;
		for (long id : this.queue.due(BATCH)) {
			ran += run(id) ? 1 : 0;
		}
		return ran;
	}

	/**
	 * Runs one follow-up's sync, if no one else is running it.
	 * @param followUpId the follow-up
	 * @return whether it ran
	 */
	boolean run(long followUpId) {
		TrackerClient client = this.trackers.client().orElse(null);
		if (client == null) {
			return false;
		}
		TrackerQueue.Claim claim = this.queue.claim(followUpId).orElse(null);
		if (claim == null) {
			return false;
		}
		try {
			sync(client, claim);
			this.queue.done(claim);
		}
		catch (TrackerException ex) {
			failed(client, claim, String.valueOf(ex.getMessage()), ex.transientFailure());
		}
		catch (RuntimeException ex) {
			log.warn("Tracker sync of {} failed unexpectedly", FollowUp.keyOf(followUpId), ex);
			failed(client, claim, ex.getClass().getSimpleName() + ": " + ex.getMessage(), true);
		}
		return true;
	}

	/**
	 * Records a failed run; one that is parked now is announced in the same transaction,
	 * so that admins are told exactly once per parking.
	 */
	private void failed(TrackerClient client, TrackerQueue.Claim claim, String error, boolean transientFailure) {
		this.transactions.executeWithoutResult((status) -> {
			boolean parked = this.queue.failed(claim, error, transientFailure, this.trackers.settings().maxAttempts());
			log.warn("Tracker sync of {} failed{}: {}", FollowUp.keyOf(claim.followUpId()),
					parked ? " and is parked for admins" : "; it is retried later", error);
			if (parked) {
				this.events.publishEvent(new TrackerSyncParked(claim.followUpId(), client.kind(), claim.attempts() + 1,
						error, this.clock.instant()));
			}
		});
	}

	private void sync(TrackerClient client, TrackerQueue.Claim claim) {
		FollowUpItem item = this.items.findById(claim.followUpId()).orElse(null);
		if (item == null || (item.trackerKind() != null && !client.kind().equals(item.trackerKind()))) {
			// gone, or mirrored to a tracker Violet no longer uses
			return;
		}
		FollowUp followUp = item.view();
		String reference = item.trackerRef();
		boolean closed = Boolean.TRUE.equals(item.trackerClosed());
		if (reference == null) {
			TrackerClient.Issue issue = claim.createAttempted() ? client.findByMarker(followUp.key()).orElse(null)
					: null;
			if (issue == null) {
				this.queue.createAttempted(claim.followUpId());
				issue = client.create(this.issues.of(followUp));
			}
			TrackerClient.Issue created = issue;
			this.transactions.executeWithoutResult((status) -> this.items.lockById(claim.followUpId())
				.ifPresent((locked) -> locked.linkTracker(client.kind(), created.reference(), created.url(),
						created.closed())));
			reference = created.reference();
			closed = created.closed();
		}
		// the follow-up as it is now: it may have changed while the issue was created
		boolean wanted = this.items.findById(claim.followUpId()).map(FollowUpItem::done).orElse(followUp.done());
		if (wanted != closed) {
			client.setClosed(reference, wanted);
			this.transactions.executeWithoutResult((status) -> this.items.lockById(claim.followUpId())
				.ifPresent((locked) -> locked.trackerState(wanted)));
		}
	}

}
