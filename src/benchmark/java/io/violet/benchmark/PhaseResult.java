package io.violet.benchmark;

import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/**
 * What one load phase measured.
 *
 * @param rate the fixed rate in requests per second, 0 for a saturation phase
 * @param requests requests answered (including wrong answers)
 * @param errors wrong answers and failed exchanges
 * @param firstError the first thing that went wrong, or null
 * @param elapsedNanos from the first request to the last answer
 * @param latencies latencies of the right answers, in nanoseconds
 * @param serverCpuNanos the process's CPU time minus the load generator's threads: the
 * server's request threads, garbage collection and compilation
 */
record PhaseResult(int rate, long requests, long errors, @Nullable String firstError, long elapsedNanos,
		Histogram latencies, long serverCpuNanos) {

	double throughput() {
		return this.requests * (double) TimeUnit.SECONDS.toNanos(1) / this.elapsedNanos;
	}

	double percentileMillis(double percentile) {
		return this.latencies.getValueAtPercentile(percentile) / 1e6;
	}

	double maxMillis() {
		return this.latencies.getMaxValue() / 1e6;
	}

	double serverCpuMicrosPerRequest() {
		return (this.requests == 0) ? 0 : this.serverCpuNanos / 1e3 / this.requests;
	}

}
