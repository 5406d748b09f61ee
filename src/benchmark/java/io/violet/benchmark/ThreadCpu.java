package io.violet.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * CPU time of this JVM's threads, grouped by name with digits dropped
 * ({@code incident-work-3} counts as {@code incident-work-N}), so that a benchmark can
 * say which kind of thread the cores worked for: Violet's workers, the web container, the
 * Slack stand-in, or the load generator. Threads that end between two snapshots are
 * missed, and the JIT compiler and GC threads are not Java threads; compare the sum with
 * the whole JVM's time from {@link MachineLoad}.
 */
final class ThreadCpu {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final Map<Long, Long> nanosById = new HashMap<>();

	private final Map<Long, String> groupById = new HashMap<>();

	private ThreadCpu() {
	}

	static ThreadCpu now() {
		ThreadCpu snapshot = new ThreadCpu();
		for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
			if (info == null) {
				continue;
			}
			long nanos = THREADS.getThreadCpuTime(info.getThreadId());
			if (nanos >= 0) {
				snapshot.nanosById.put(info.getThreadId(), nanos);
				snapshot.groupById.put(info.getThreadId(), info.getThreadName().replaceAll("\\d+", "N"));
			}
		}
		return snapshot;
	}

	/**
	 * Milliseconds of CPU per thread group since an earlier snapshot, most first.
	 * @param before the earlier snapshot
	 * @return group → milliseconds, ordered by name
	 */
	Map<String, Long> millisSince(ThreadCpu before) {
		Map<String, Long> millis = new TreeMap<>();
		this.nanosById.forEach((id, nanos) -> {
			long spent = nanos - before.nanosById.getOrDefault(id, 0L);
			if (spent > 0) {
				millis.merge(this.groupById.get(id), spent / 1_000_000, Long::sum);
			}
		});
		return millis;
	}

	static boolean supported() {
		return THREADS.isThreadCpuTimeSupported() && THREADS.isThreadCpuTimeEnabled();
	}

}
