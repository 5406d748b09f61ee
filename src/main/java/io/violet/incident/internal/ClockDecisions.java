package io.violet.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.violet.incident.Incident;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.internal.Outcome.Request;
import io.violet.incident.internal.Outcome.Result;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What legal (and those who manage an incident) decide about its regulatory clocks: a
 * clock notified, not applicable or running again, which AI Act variant applies, and when
 * the organisation became aware, from which every deadline counts.
 */
@Service
public class ClockDecisions {

	private static final List<String> VARIANTS = List.of("standard", "widespread", "death");

	private final RegulatoryClockRepository clocks;

	private final IncidentChanges changes;

	private final IncidentPermissions permissions;

	private final IncidentSettings settings;

	private final Clock clock;

	ClockDecisions(RegulatoryClockRepository clocks, IncidentChanges changes, IncidentPermissions permissions,
			IncidentSettings settings, Clock clock) {
		this.clocks = clocks;
		this.changes = changes;
		this.permissions = permissions;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Settles a clock, or starts it again.
	 * @param clockId the clock
	 * @param state notified, not applicable or running
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome decideClock(long clockId, RegulatoryClock.State state, String by) {
		RegulatoryClock found = this.clocks.findById(clockId).orElseThrow();
		Incident incident = this.changes.get(found.incidentId());
		if (!this.permissions.mayDecideClock(incident, by)) {
			return Outcome.notAllowed(Request.CLOCK, incident);
		}
		if (found.state() == state) {
			return Outcome.of(Result.UNCHANGED, Request.CLOCK, incident);
		}
		found.decide(state, by, this.clock.instant());
		this.changes.changed(incident, by, "incident.clock",
				this.settings.clock(found.ruleKey()).title() + " → " + (state == RegulatoryClock.State.DONE ? "notified"
						: state == RegulatoryClock.State.RUNNING ? "running again" : "not applicable"));
		return Outcome.of(Result.DONE, Request.CLOCK, incident);
	}

	/**
	 * Says which variant of the AI Act clock applies (its deadline depends on it).
	 * @param clockId the clock
	 * @param variant {@code standard}, {@code widespread} or {@code death}
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome changeClockVariant(long clockId, String variant, String by) {
		RegulatoryClock found = this.clocks.findById(clockId).orElseThrow();
		Incident incident = this.changes.get(found.incidentId());
		if (!this.permissions.mayDecideClock(incident, by)) {
			return Outcome.notAllowed(Request.CLOCK_VARIANT, incident);
		}
		if (!VARIANTS.contains(variant) || !RegulatoryClock.AI_ACT.equals(found.kind())
				|| found.variant().equals(variant)) {
			return Outcome.of(Result.UNCHANGED, Request.CLOCK_VARIANT, incident);
		}
		found.changeVariant(variant);
		this.changes.changed(incident, by, "incident.clock", this.settings.clock(found.ruleKey()).title() + " applies");
		return Outcome.of(Result.DONE, Request.CLOCK_VARIANT, incident);
	}

	/**
	 * Moves the time the organisation became aware of the incident.
	 * @param incident the incident
	 * @param at when, not in the future
	 * @param by who
	 * @return the outcome
	 */
	@Transactional
	public Outcome becameAwareAt(long incident, Instant at, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.mayDecideClock(found, by)) {
			return Outcome.notAllowed(Request.AWARE_AT, found);
		}
		if (at.isAfter(this.clock.instant())) {
			return Outcome.of(Result.IN_THE_FUTURE, Request.AWARE_AT, found);
		}
		found.becameAwareAt(at);
		this.changes.changed(found, by, "incident.aware-at", "Became aware at moved to " + at);
		return Outcome.of(Result.DONE, Request.AWARE_AT, found);
	}

}
