package io.violet.initiative.internal;

import java.util.UUID;

/**
 * An initiative changed, so its thread's parent card needs redrawing.
 * <p>
 * Each event carries its own id: the publication registry tells publications apart by
 * their content, and two equal events in flight at once would be taken for one.
 *
 * @param initiativeId the initiative
 * @param id this event's id
 */
public record InitiativeCardStale(long initiativeId, UUID id) {

	public InitiativeCardStale(long initiativeId) {
		this(initiativeId, UUID.randomUUID());
	}

}
