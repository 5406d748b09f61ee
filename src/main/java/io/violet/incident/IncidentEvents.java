package io.violet.incident;

/**
 * Events the incident module publishes; its Slack side reacts to them after commit.
 */
public final class IncidentEvents {

	private IncidentEvents() {
	}

	/**
	 * An incident (or drill) was declared; its war room is to be set up.
	 *
	 * @param incidentId the incident
	 */
	public record IncidentDeclared(long incidentId) {

	}

	/**
	 * Something shown in the room changed: topic, pinned summary, clocks.
	 *
	 * @param incidentId the incident
	 */
	public record IncidentUpdated(long incidentId) {

	}

	/**
	 * People were added who are still to be invited.
	 *
	 * @param incidentId the incident
	 */
	public record InvitesPending(long incidentId) {

	}

	/**
	 * The commander owes a status update.
	 *
	 * @param incidentId the incident
	 */
	public record StatusReminderDue(long incidentId) {

	}

	/**
	 * Legal is to be reminded of a regulatory deadline.
	 *
	 * @param clockId the clock
	 */
	public record ClockReminderDue(long clockId) {

	}

	/**
	 * The incident was resolved; the post-mortem draft is to be posted.
	 *
	 * @param incidentId the incident
	 */
	public record PostMortemRequested(long incidentId) {

	}

	/**
	 * What the post-mortem draft shows changed (an action was tracked, a follow-up was
	 * done or reopened): the draft is to be redrawn.
	 *
	 * @param incidentId the incident
	 */
	public record PostMortemChanged(long incidentId) {

	}

	/**
	 * A closed room's archive delay has passed.
	 *
	 * @param incidentId the incident
	 */
	public record ArchiveDue(long incidentId) {

	}

}
