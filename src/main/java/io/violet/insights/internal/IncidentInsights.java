package io.violet.insights.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.violet.VioletSettings;
import io.violet.incident.IncidentTiming;
import io.violet.incident.IncidentTimings;
import io.violet.incident.IncidentType;
import io.violet.incident.Severity;
import io.violet.insights.IncidentFigures;
import io.violet.insights.InsightsQuery;
import io.violet.insights.Spread;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Incidents by type and severity, with time to first response (declaration → the
 * commander's first action), to containment and to resolution. Drills are left out;
 * private incidents are counted like the others.
 */
@Component
public class IncidentInsights {

	private final IncidentTimings incidents;

	private final ZoneId zone;

	IncidentInsights(IncidentTimings incidents, VioletSettings violet) {
		this.incidents = incidents;
		this.zone = violet.timezone();
	}

	/**
	 * The incident figures of a period.
	 * @param query the period
	 * @return the figures
	 */
	public IncidentFigures compute(InsightsQuery query) {
		Instant start = query.since().atStartOfDay(this.zone).toInstant();
		return compute(query, this.incidents.declaredSinceOrOpen(start));
	}

	IncidentFigures compute(InsightsQuery query, List<IncidentTiming> timings) {
		Instant start = query.since().atStartOfDay(this.zone).toInstant();
		Map<IncidentType, Map<Severity, Integer>> byType = new EnumMap<>(IncidentType.class);
		Map<Severity, List<IncidentTiming>> bySeverity = new EnumMap<>(Severity.class);
		Map<Severity, Integer> open = openBySeverity(timings);
		List<IncidentTiming> inPeriod = new ArrayList<>();
		int privateCount = 0;
		for (IncidentTiming incident : timings) {
			if (incident.declaredAt().isBefore(start)) {
				continue;
			}
			inPeriod.add(incident);
			privateCount += incident.privateRoom() ? 1 : 0;
			byType.computeIfAbsent(incident.type(), (t) -> new EnumMap<>(Severity.class))
				.merge(incident.severity(), 1, Integer::sum);
			bySeverity.computeIfAbsent(incident.severity(), (s) -> new ArrayList<>()).add(incident);
		}
		List<IncidentFigures.TypeCount> types = new ArrayList<>();
		byType.forEach((type, counts) -> types.add(new IncidentFigures.TypeCount(type, counts)));
		List<IncidentFigures.ResponseTimes> severities = new ArrayList<>();
		bySeverity.forEach((severity, list) -> severities.add(times(severity, list)));
		return new IncidentFigures(query.since(), inPeriod.size(), privateCount, types, severities,
				times(null, inPeriod), open);
	}

	/**
	 * Real incidents open now (neither resolved nor closed), per severity.
	 * @param timings incidents including every open one
	 * @return every severity with its count
	 */
	static Map<Severity, Integer> openBySeverity(List<IncidentTiming> timings) {
		Map<Severity, Integer> open = new EnumMap<>(Severity.class);
		for (Severity severity : Severity.values()) {
			open.put(severity, 0);
		}
		for (IncidentTiming incident : timings) {
			if (incident.resolvedAt() == null && incident.closedAt() == null) {
				open.merge(incident.severity(), 1, Integer::sum);
			}
		}
		return open;
	}

	private static IncidentFigures.ResponseTimes times(@Nullable Severity severity, List<IncidentTiming> list) {
		List<Double> response = new ArrayList<>();
		List<Double> contain = new ArrayList<>();
		List<Double> resolve = new ArrayList<>();
		for (IncidentTiming incident : list) {
			add(response, incident.declaredAt(), incident.firstResponseAt(), 60_000.0);
			add(contain, incident.declaredAt(), incident.containedAt(), 3_600_000.0);
			add(resolve, incident.declaredAt(), incident.resolvedAt(), 3_600_000.0);
		}
		return new IncidentFigures.ResponseTimes(severity, list.size(), Spread.of(response), Spread.of(contain),
				Spread.of(resolve));
	}

	private static void add(List<Double> values, Instant from, @Nullable Instant to, double unitMillis) {
		if (to != null) {
			values.add(Math.max(0, Duration.between(from, to).toMillis()) / unitMillis);
		}
	}

}
