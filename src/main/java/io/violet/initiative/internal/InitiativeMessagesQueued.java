package io.violet.initiative.internal;

import java.util.UUID;

/**
 * Messages about an initiative wait to be sent.
 * <p>
 * Each event carries its own id: the publication registry tells publications apart by
 * their content, and two equal events in flight at once would be taken for one.
 *
 * @param initiativeId the initiative
 * @param id this event's id
 */
public record InitiativeMessagesQueued(long initiativeId, UUID id) {

	public InitiativeMessagesQueued(long initiativeId) {
		this(initiativeId, UUID.randomUUID());
	}

}
