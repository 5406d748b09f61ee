package io.violet.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.violet.incident.IncidentType;
import io.violet.incident.Severity;

/**
 * Incidents declared in a period and how fast they were answered, contained and resolved.
 * Private incidents are counted like the others and never named: these figures hold no
 * titles, channels or people.
 *
 * @param since the first day of the period
 * @param declared real incidents (not drills) declared in the period
 * @param privateDeclared of those, with a private war room
 * @param byType per type, how many of each severity
 * @param bySeverity per severity, the response times
 * @param all the response times of every incident in the period
 * @param openBySeverity incidents open now (declared in the period or earlier)
 */
public record IncidentFigures(LocalDate since, int declared, int privateDeclared, List<TypeCount> byType,
		List<ResponseTimes> bySeverity, ResponseTimes all, Map<Severity, Integer> openBySeverity) {

	/**
	 * How many incidents of one type, per severity.
	 *
	 * @param type the type
	 * @param bySeverity severity → count
	 */
	public record TypeCount(IncidentType type, Map<Severity, Integer> bySeverity) {

		public int total() {
			return this.bySeverity.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * Response times of a set of incidents.
	 *
	 * @param severity the severity, null for all of them
	 * @param count how many incidents
	 * @param firstResponseMinutes declaration → the commander's first action, in minutes
	 * @param containHours declaration → contained, in hours
	 * @param resolveHours declaration → resolved, in hours
	 */
	public record ResponseTimes(@org.jspecify.annotations.Nullable Severity severity, int count,
			Spread firstResponseMinutes, Spread containHours, Spread resolveHours) {

	}

}
