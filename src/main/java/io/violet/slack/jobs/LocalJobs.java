package io.violet.slack.jobs;

import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The jobs queued on or running on this node's workers, and a signal each time one of
 * them ends, for a caller that waits for this node's own runs (no polling).
 */
final class LocalJobs {

	private final Set<Long> ids = ConcurrentHashMap.newKeySet();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition ended = this.lock.newCondition();

	/**
	 * Takes a job onto this node.
	 * @param id the job
	 * @return false when this node has it already
	 */
	boolean add(long id) {
		return this.ids.add(id);
	}

	/**
	 * A job left this node's workers: those waiting for it are woken.
	 * @param id the job
	 */
	void remove(long id) {
		this.ids.remove(id);
		this.lock.lock();
		try {
			this.ended.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * The jobs on this node now, as a live view.
	 * @return their ids
	 */
	Collection<Long> ids() {
		return this.ids;
	}

	/**
	 * Waits until none of some jobs is on this node any more.
	 * @param wanted the jobs
	 * @param atMost how long to wait at most
	 * @return whether they all ended in time
	 */
	boolean awaitEnd(Collection<Long> wanted, Duration atMost) {
		long left = atMost.toNanos();
		this.lock.lock();
		try {
			// checked under the lock that every removal signals under: no end is missed
			while (wanted.stream().anyMatch(this.ids::contains)) {
				if (left <= 0) {
					return false;
				}
				left = this.ended.awaitNanos(left);
			}
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.lock.unlock();
		}
	}

}
