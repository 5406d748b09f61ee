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
			.publishPercentiles(0.5, 0.99)
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
