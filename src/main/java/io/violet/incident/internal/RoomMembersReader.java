package io.violet.incident.internal;

/**
 * Reads who is in a war room's channel from Slack, after the request that needed it, and
 * reports it back through {@link RoomMembership#reconciled}. Implemented by the module's
 * Slack adapter; without one, what Violet recorded is all it knows.
 */
public interface RoomMembersReader {

	/**
	 * Reads a room's members soon, on a work thread (never while a request waits for its
	 * ack); a read already under way for the room absorbs this one.
	 * @param incidentId the incident
	 */
	void readSoon(long incidentId);

}
