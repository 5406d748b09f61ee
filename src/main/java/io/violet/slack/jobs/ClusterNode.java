package io.violet.slack.jobs;

import org.jspecify.annotations.Nullable;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

import org.springframework.beans.factory.ObjectProvider;

/**
 * This node as the Quartz cluster knows it. Until its Quartz scheduler runs (and so
 * checks in with the cluster) the node has no identity and claims nothing, so that no
 * other node can mistake its work for that of a dead node.
 */
final class ClusterNode {

	private final ObjectProvider<Scheduler> scheduler;

	private volatile @Nullable Identity identity;

	ClusterNode(ObjectProvider<Scheduler> scheduler) {
		this.scheduler = scheduler;
	}

	/**
	 * The node's identity while its scheduler runs, learnt the first time it does.
	 * @return the identity, or null while Quartz is not running
	 */
	@Nullable Identity live() {
		Scheduler quartz = this.scheduler.getIfAvailable();
		try {
			if (quartz != null && (!quartz.isStarted() || quartz.isShutdown())) {
				return null;
			}
		}
		catch (SchedulerException ex) {
			return null;
		}
		if (this.identity == null) {
			this.identity = identify();
		}
		return this.identity;
	}

	/**
	 * The identity learnt so far, without looking at the scheduler: what a run claims its
	 * job with.
	 * @return the identity, or null before the scheduler first ran
	 */
	@Nullable Identity known() {
		return this.identity;
	}

	private @Nullable Identity identify() {
		Scheduler quartz = this.scheduler.getIfAvailable();
		if (quartz == null) {
			return new Identity("violet-" + ProcessHandle.current().pid(), "", false);
		}
		try {
			if (!quartz.isStarted() || quartz.isShutdown()) {
				return null;
			}
			return new Identity(quartz.getSchedulerInstanceId(), quartz.getSchedulerName(),
					quartz.getMetaData().isJobStoreClustered());
		}
		catch (SchedulerException ex) {
			return null;
		}
	}

	/**
	 * A node's identity.
	 *
	 * @param id its Quartz scheduler instance id, what its claims carry
	 * @param scheduler the scheduler's name, whose cluster check-ins tell live nodes
	 * @param clustered whether the job store is clustered (check-ins exist)
	 */
	record Identity(String id, String scheduler, boolean clustered) {
	}

}
