package io.violet.followup.tracker;

import io.violet.followup.internal.FollowUpEvents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Queues a tracker sync in the transaction that changed a follow-up, so that the sync
 * exists if and only if the change commits, and starts it right after the commit.
 */
@Component
class TrackerChanges {

	private final Trackers trackers;

	private final TrackerQueue queue;

	private final TrackerSync sync;

	TrackerChanges(Trackers trackers, TrackerQueue queue, TrackerSync sync) {
		this.trackers = trackers;
		this.queue = queue;
		this.sync = sync;
	}

	@EventListener
	void on(FollowUpEvents.Changed event) {
		if (!this.trackers.enabled()) {
			return;
		}
		this.queue.enqueue(event.followUpId());
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					TrackerChanges.this.sync.kick(event.followUpId());
				}
			});
		}
		else {
			this.sync.kick(event.followUpId());
		}
	}

}
