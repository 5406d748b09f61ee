package io.violet.slack;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.stereotype.Component;

/**
 * Violet's Slack metrics: requests handled by type and outcome, ack latency, and Web API
 * errors by method and error code.
 */
@Component
public class SlackMetrics {

	private final MeterRegistry registry;

	SlackMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	void request(String type, String outcome, Duration ackLatency) {
		Counter.builder("violet.slack.requests")
			.description("Requests from Slack by type and outcome")
			.tag("type", type)
			.tag("outcome", outcome)
			.register(this.registry)
			.increment();
		Timer.builder("violet.slack.ack")
			.description("Time from receiving a Slack request to acknowledging it")
			.tag("type", type)
			// buckets, not client-side percentiles: percentiles of several replicas
			// cannot be
			// combined, bucket counts can (histogram_quantile over the sum of all pods)
			.publishPercentileHistogram()
			.minimumExpectedValue(Duration.ofMillis(1))
			.maximumExpectedValue(Duration.ofSeconds(10))
			.serviceLevelObjectives(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(3))
			.register(this.registry)
			.record(ackLatency);
	}

	void apiError(String method, String error) {
		Counter.builder("violet.slack.api.errors")
			.description("Web API calls that failed, by method and error")
			.tag("method", method)
			.tag("error", error)
			.register(this.registry)
			.increment();
	}

}
