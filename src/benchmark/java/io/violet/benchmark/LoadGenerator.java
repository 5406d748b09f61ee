package io.violet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * Drives freshly signed slash commands at {@code /slack/events}, in two ways: an open
 * loop at a fixed rate, whose latencies count from the moment each request was due (so a
 * stalled server is charged for every request it held up, not just the first), and a
 * closed loop of concurrent connections that each send the next request as soon as the
 * previous one is answered, to find the saturated throughput.
 */
final class LoadGenerator {

	private static final String PATH = "/slack/events";

	private static final String FORM = "application/x-www-form-urlencoded";

	private static final long HIGHEST_NANOS = TimeUnit.MINUTES.toNanos(2);

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private final String host;

	private final int port;

	private final SignedCommands commands;

	private final String[] expected;

	/**
	 * A generator for one server and one command.
	 * @param host the server's host
	 * @param port the server's port
	 * @param commands the requests to send
	 * @param expected texts every answer must contain
	 */
	LoadGenerator(String host, int port, SignedCommands commands, String... expected) {
		this.host = host;
		this.port = port;
		this.commands = commands;
		this.expected = expected;
	}

	/**
	 * Sends requests at a fixed rate, whatever the server does.
	 * @param perSecond requests per second
	 * @param duration how long
	 * @param workers how many connections may be busy at once
	 * @return what happened
	 */
	PhaseResult fixedRate(int perSecond, Duration duration, int workers) throws InterruptedException {
		int total = (int) (perSecond * duration.toMillis() / 1000);
		long period = TimeUnit.SECONDS.toNanos(1) / perSecond;
		Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
		Tally tally = new Tally();
		ConcurrentLinkedQueue<HttpConnection> opened = new ConcurrentLinkedQueue<>();
		ThreadLocal<HttpConnection> connections = ThreadLocal.withInitial(() -> {
			HttpConnection connection = new HttpConnection(this.host, this.port);
			opened.add(connection);
			return connection;
		});
		AtomicLong clientCpu = new AtomicLong();
		AtomicInteger threadNumber = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(workers, (task) -> {
			Thread thread = new Thread(task, "bench-fixed-" + threadNumber.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
		CountDownLatch done = new CountDownLatch(total);
		AtomicLong lastDone = new AtomicLong();
		long cpuBefore = processCpuNanos();
		long schedulerCpuBefore = THREADS.getCurrentThreadCpuTime();
		long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
		for (int i = 0; i < total; i++) {
			long due = start + i * period;
			parkUntil(due);
			pool.execute(() -> {
				long cpu = THREADS.getCurrentThreadCpuTime();
				try {
					boolean ok = exchange(connections.get(), tally);
					long latency = System.nanoTime() - due;
					if (ok) {
						synchronized (latencies) {
							latencies.recordValue(Math.min(latency, HIGHEST_NANOS));
						}
					}
				}
				finally {
					clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
					lastDone.accumulateAndGet(System.nanoTime(), Math::max);
					done.countDown();
				}
			});
		}
		long schedulerCpu = THREADS.getCurrentThreadCpuTime() - schedulerCpuBefore;
		boolean finished = done.await(2, TimeUnit.MINUTES);
		pool.shutdown();
		pool.awaitTermination(30, TimeUnit.SECONDS);
		opened.forEach(HttpConnection::close);
		if (!finished) {
			tally.error("requests still unanswered two minutes after the last was due");
		}
		long elapsed = lastDone.get() - start;
		long serverCpu = processCpuNanos() - cpuBefore - clientCpu.get() - schedulerCpu;
		return new PhaseResult(perSecond, tally.requests(), tally.errors(), tally.firstError(), elapsed, latencies,
				serverCpu);
	}

	/**
	 * Keeps connections busy: each sends its next request as soon as the last is
	 * answered.
	 * @param connections how many connections
	 * @param duration how long
	 * @return what happened
	 */
	PhaseResult saturate(int connections, Duration duration) throws InterruptedException {
		Tally tally = new Tally();
		List<Histogram> histograms = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		AtomicLong clientCpu = new AtomicLong();
		CountDownLatch ready = new CountDownLatch(connections);
		CountDownLatch go = new CountDownLatch(1);
		long[] window = new long[2];
		for (int i = 0; i < connections; i++) {
			Histogram latencies = new Histogram(HIGHEST_NANOS, 3);
			histograms.add(latencies);
			Thread thread = new Thread(() -> {
				try (HttpConnection connection = new HttpConnection(this.host, this.port)) {
					ready.countDown();
					go.await();
					long end = window[1];
					long sent = System.nanoTime();
					while (sent < end) {
						boolean ok = exchange(connection, tally);
						long answered = System.nanoTime();
						if (ok) {
							latencies.recordValue(Math.min(answered - sent, HIGHEST_NANOS));
						}
						sent = answered;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					clientCpu.addAndGet(THREADS.getCurrentThreadCpuTime());
				}
			}, "bench-saturate-" + i);
			thread.setDaemon(true);
			threads.add(thread);
			thread.start();
		}
		ready.await();
		long cpuBefore = processCpuNanos();
		window[0] = System.nanoTime();
		window[1] = window[0] + duration.toNanos();
		go.countDown();
		for (Thread thread : threads) {
			thread.join(duration.toMillis() + 120_000);
		}
		long elapsed = System.nanoTime() - window[0];
		long serverCpu = processCpuNanos() - cpuBefore - clientCpu.get();
		Histogram all = new Histogram(HIGHEST_NANOS, 3);
		histograms.forEach(all::add);
		return new PhaseResult(0, tally.requests(), tally.errors(), tally.firstError(), elapsed, all, serverCpu);
	}

	private boolean exchange(HttpConnection connection, Tally tally) {
		SignedCommands.Request request = this.commands.next();
		try {
			HttpConnection.Answer answer = connection.post(PATH, FORM, request.headers(), request.body());
			if (answer.status() != 200 || !containsAll(answer.body())) {
				tally.error("HTTP " + answer.status() + ": " + abbreviate(answer.body()));
				return false;
			}
			tally.ok();
			return true;
		}
		catch (IOException | RuntimeException ex) {
			connection.close();
			tally.error(ex.toString());
			return false;
		}
	}

	private boolean containsAll(String body) {
		for (String text : this.expected) {
			if (!body.contains(text)) {
				return false;
			}
		}
		return true;
	}

	private static void parkUntil(long due) {
		for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
			LockSupport.parkNanos(wait);
		}
	}

	private static long processCpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static String abbreviate(String text) {
		return (text.length() > 200) ? text.substring(0, 200) + "…" : text;
	}

	/**
	 * Counts answers and remembers the first thing that went wrong.
	 */
	private static final class Tally {

		private final AtomicLong requests = new AtomicLong();

		private final AtomicLong errors = new AtomicLong();

		private final AtomicReference<String> firstError = new AtomicReference<>();

		void ok() {
			this.requests.incrementAndGet();
		}

		void error(String what) {
			this.requests.incrementAndGet();
			this.errors.incrementAndGet();
			this.firstError.compareAndSet(null, what);
		}

		long requests() {
			return this.requests.get();
		}

		long errors() {
			return this.errors.get();
		}

		String firstError() {
			return this.firstError.get();
		}

	}

}
