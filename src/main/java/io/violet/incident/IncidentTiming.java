package io.violet.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An incident as the facts its response times are measured from: no title, channel or
 * people, so that private incidents can be counted without being named.
 *
 * @param incidentId the incident number
 * @param type its type
 * @param severity its severity now
 * @param status where it stands
 * @param privateRoom whether its war room is private
 * @param declaredAt when it was declared
 * @param firstResponseAt the commander's first action after the declaration (a timeline
 * entry of theirs, such as a status, severity, role change or note, or a checklist item
 * they ticked); null while they have done nothing
 * @param containedAt when it was first marked contained (or resolved); null before
 * @param resolvedAt when it was resolved; null while not resolved
 * @param closedAt when it was closed; null while open
 */
public record IncidentTiming(long incidentId, IncidentType type, Severity severity, IncidentStatus status,
		boolean privateRoom, Instant declaredAt, @Nullable Instant firstResponseAt, @Nullable Instant containedAt,
		@Nullable Instant resolvedAt, @Nullable Instant closedAt) {

	public boolean open() {
		return this.closedAt == null;
	}

}
