package io.violet.insights;

import java.time.Instant;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.incident.Severity;

/**
 * The few figures shown everywhere (App Home, gauges, the digest's "what changed"),
 * computed in the background and cached.
 *
 * @param at when they were computed
 * @param reviewsOpen reviews open now
 * @param reviewsOverdue open reviews past their due date
 * @param pendingByRole per role, its sign-offs waiting on open reviews
 * @param overdueByRole per role, its waiting sign-offs on overdue reviews
 * @param completionByRole per role with required topics, the share done (0 to 1)
 * @param trainingRatio the share of every required (person, topic) pair done
 * @param overduePeople people overdue for a training
 * @param incidentsOpen per severity, the real incidents open now
 */
public record Headline(Instant at, int reviewsOpen, int reviewsOverdue, Map<Role, Integer> pendingByRole,
		Map<Role, Integer> overdueByRole, Map<Role, Double> completionByRole, double trainingRatio, int overduePeople,
		Map<Severity, Integer> incidentsOpen) {

	public int incidentsOpenTotal() {
		return this.incidentsOpen.values().stream().mapToInt(Integer::intValue).sum();
	}

}
