package io.violet.incident.slack;

import java.time.Instant;
import java.util.List;

import io.violet.incident.ClockRule;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.RegulatoryClock;

/**
 * A regulatory clock with its rule and its deadline, what every surface that shows a
 * clock needs.
 *
 * @param clock the clock
 * @param rule its rule
 * @param deadline when it is due, counted from the time the organisation became aware
 */
record ClockDeadline(RegulatoryClock clock, ClockRule rule, Instant deadline) {

	static ClockDeadline of(Incident incident, RegulatoryClock clock, IncidentQueries queries) {
		return new ClockDeadline(clock, queries.rule(clock), queries.deadline(incident, clock));
	}

	static List<ClockDeadline> of(Incident incident, List<RegulatoryClock> clocks, IncidentQueries queries) {
		return clocks.stream().map((c) -> of(incident, c, queries)).toList();
	}

	/**
	 * The deadline in the regulation's own terms, wherever the clock is shown: GDPR Art.
	 * 33 counts 72 hours, never "3 days" nor "3 d 0 h".
	 * @return e.g. "72 hours from awareness"
	 */
	String term() {
		return this.rule.term() + " from awareness";
	}

	/**
	 * How the clock ended, or stands, for the post-mortem.
	 * @param incident its incident
	 * @return met, missed, not applicable or still running
	 */
	String outcome(Incident incident) {
		return switch (this.clock.state()) {
			case DONE -> this.clock.decidedAt().orElseThrow().isAfter(this.deadline) ? "missed (notified late)" : "met";
			case NOT_APPLICABLE -> "not applicable";
			case RUNNING ->
				incident.resolvedAt().orElse(Instant.MAX).isAfter(this.deadline) ? "missed" : "still running";
		};
	}

}
