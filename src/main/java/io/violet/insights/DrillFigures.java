package io.violet.insights;

import java.time.LocalDate;
import java.util.List;

import io.violet.incident.IncidentType;

/**
 * Drills: how long from the start of a drill to the completion of each checklist phase,
 * per drill type, quarter by quarter, so a team sees whether it gets faster.
 *
 * @param since the first day of the period
 * @param quarters the quarters of the period, oldest first, e.g. {@code 2026-Q1}
 * @param drills drills opened in the period
 * @param trends per drill type and phase, the minutes per quarter
 */
public record DrillFigures(LocalDate since, List<String> quarters, int drills, List<PhaseTrend> trends) {

	/**
	 * One phase of one drill type over the quarters.
	 *
	 * @param type the incident type drilled
	 * @param phase the checklist phase
	 * @param position where the phase stands in the checklist
	 * @param byQuarter the minutes from start to the phase's completion, one spread per
	 * quarter of {@link DrillFigures#quarters()} (empty where no drill of the type
	 * completed the phase)
	 */
	public record PhaseTrend(IncidentType type, String phase, int position, List<Spread> byQuarter) {

	}

}
