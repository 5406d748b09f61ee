package io.violet.slack.jobs;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.violet.slack.ParkedWorkSource;
import io.violet.slack.SlackJobStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gauges for alerting: {@code violet_effects_parked} (what {@code /violet ops failed}
 * lists: parked jobs, parked effects, and other modules' parked work such as tracker
 * syncs) and {@code violet_slack_jobs{state}} (pending, running, parked). The poller
 * refreshes them, so that a scrape never queries the database.
 */
@Component
class JobGauges {

	private final JobStore jobs;

	private final EffectStore effects;

	private final ObjectProvider<ParkedWorkSource> sources;

	private final AtomicInteger parked = new AtomicInteger();

	private final Map<SlackJobStatus.State, AtomicInteger> byState = Map.of(SlackJobStatus.State.PENDING,
			new AtomicInteger(), SlackJobStatus.State.RUNNING, new AtomicInteger(), SlackJobStatus.State.PARKED,
			new AtomicInteger());

	JobGauges(JobStore jobs, EffectStore effects, MeterRegistry registry, ObjectProvider<ParkedWorkSource> sources) {
		this.sources = sources;
		this.jobs = jobs;
		this.effects = effects;
		Gauge.builder("violet.effects.parked", this.parked, AtomicInteger::get)
			.description("Parked Slack jobs, effects and tracker syncs waiting for an admin (/violet ops failed)")
			.register(registry);
		this.byState.forEach((state, value) -> Gauge.builder("violet.slack.jobs", value, AtomicInteger::get)
			.description("Slack jobs by state")
			.tag("state", state.name().toLowerCase(java.util.Locale.ROOT))
			.register(registry));
	}

	void refresh() {
		Map<SlackJobStatus.State, Integer> counts = this.jobs.counts();
		this.byState.forEach((state, value) -> value.set(counts.getOrDefault(state, 0)));
		int elsewhere = this.sources.orderedStream().mapToInt(ParkedWorkSource::countParked).sum();
		this.parked.set(counts.getOrDefault(SlackJobStatus.State.PARKED, 0) + this.effects.countParked() + elsewhere);
	}

	int parked() {
		return this.parked.get();
	}

}
