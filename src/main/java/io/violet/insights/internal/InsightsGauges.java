package io.violet.insights.internal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.violet.directory.Role;
import io.violet.incident.Severity;
import io.violet.insights.Headline;

import org.springframework.stereotype.Component;

/**
 * The headline figures as Prometheus gauges for operators' dashboards. A scrape reads the
 * cached headline; it never computes anything.
 */
@Component
class InsightsGauges {

	InsightsGauges(MeterRegistry registry, HeadlineCache cache) {
		Gauge.builder("violet.reviews.overdue", cache, (c) -> value(c, Headline::reviewsOverdue))
			.description("Open reviews past their due date")
			.register(registry);
		for (Role role : Role.values()) {
			Gauge
				.builder("violet.training.completion.ratio", cache,
						(c) -> c.current()
							.map((h) -> h.completionByRole().getOrDefault(role, Double.NaN))
							.orElse(Double.NaN))
				.tag("role", role.key())
				.description("Share of the trainings a role's holders must take for it that are done")
				.register(registry);
		}
		for (Severity severity : Severity.values()) {
			Gauge
				.builder("violet.incidents.open", cache,
						(c) -> c.current()
							.map((h) -> (double) h.incidentsOpen().getOrDefault(severity, 0))
							.orElse(Double.NaN))
				.tag("severity", severity.key())
				.description("Real incidents neither resolved nor closed")
				.register(registry);
		}
	}

	private static double value(HeadlineCache cache, java.util.function.ToIntFunction<Headline> figure) {
		return cache.current().map((h) -> (double) figure.applyAsInt(h)).orElse(Double.NaN);
	}

}
