package io.violet.insights.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.incident.DrillPhaseTiming;
import io.violet.incident.IncidentTimings;
import io.violet.insights.DrillFigures;
import io.violet.insights.InsightsQuery;
import io.violet.insights.Spread;

import org.springframework.stereotype.Component;

/**
 * Drill speed: minutes from a drill's start (its room opened) to the completion of each
 * checklist phase (the phase's last item ticked, every item of it done), per drill type
 * and phase, one spread per calendar quarter in the organisation's zone.
 */
@Component
public class DrillInsights {

	private final IncidentTimings incidents;

	private final VioletSettings violet;

	private final Clock clock;

	DrillInsights(IncidentTimings incidents, VioletSettings violet, Clock clock) {
		this.incidents = incidents;
		this.violet = violet;
		this.clock = clock;
	}

	/**
	 * The drill figures of a period.
	 * @param query the period
	 * @return the figures
	 */
	public DrillFigures compute(InsightsQuery query) {
		Instant start = query.since().atStartOfDay(this.violet.timezone()).toInstant();
		return compute(query, this.incidents.drillPhasesSince(start));
	}

	DrillFigures compute(InsightsQuery query, List<DrillPhaseTiming> phases) {
		List<String> quarters = new ArrayList<>();
		LocalDate today = this.violet.today(this.clock);
		for (LocalDate q = firstOfQuarter(query.since()); !q.isAfter(today); q = q.plusMonths(3)) {
			quarters.add(quarter(q));
		}
		Map<String, Map<String, List<Double>>> minutes = new LinkedHashMap<>();
		Map<String, DrillPhaseTiming> firstSeen = new LinkedHashMap<>();
		Set<Long> drills = new HashSet<>();
		List<DrillPhaseTiming> sorted = new ArrayList<>(phases);
		sorted.sort(java.util.Comparator.comparing((DrillPhaseTiming p) -> p.type().ordinal())
			.thenComparingInt(DrillPhaseTiming::position));
		for (DrillPhaseTiming phase : sorted) {
			drills.add(phase.incidentId());
			String key = phase.type().key() + "\u0000" + phase.phase();
			firstSeen.putIfAbsent(key, phase);
			Map<String, List<Double>> perQuarter = minutes.computeIfAbsent(key, (k) -> new LinkedHashMap<>());
			Instant completed = phase.completedAt();
			if (completed != null) {
				String q = quarter(phase.startedAt().atZone(this.violet.timezone()).toLocalDate());
				perQuarter.computeIfAbsent(q, (k) -> new ArrayList<>())
					.add(Math.max(0, Duration.between(phase.startedAt(), completed).toMillis()) / 60_000.0);
			}
		}
		List<DrillFigures.PhaseTrend> trends = new ArrayList<>();
		minutes.forEach((key, perQuarter) -> {
			DrillPhaseTiming first = firstSeen.get(key);
			List<Spread> spreads = quarters.stream()
				.map((q) -> Spread.of(perQuarter.getOrDefault(q, List.of())))
				.toList();
			trends.add(new DrillFigures.PhaseTrend(first.type(), first.phase(), first.position(), spreads));
		});
		return new DrillFigures(query.since(), quarters, drills.size(), trends);
	}

	/**
	 * The first day of the quarter a day falls in.
	 * @param day the day
	 * @return the quarter's first day
	 */
	public static LocalDate firstOfQuarter(LocalDate day) {
		return day.with(IsoFields.DAY_OF_QUARTER, 1);
	}

	/**
	 * A quarter's label.
	 * @param day a day in it
	 * @return e.g. {@code 2026-Q1}
	 */
	static String quarter(LocalDate day) {
		return day.getYear() + "-Q" + day.get(IsoFields.QUARTER_OF_YEAR);
	}

}
