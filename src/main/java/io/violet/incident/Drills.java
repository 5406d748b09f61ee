package io.violet.incident;

import java.time.Instant;
import java.util.List;

/**
 * Opens incident-response drill rooms: war rooms like a real incident of a type, but
 * marked DRILL everywhere, never announced in the incidents channel and never escalated
 * as real.
 */
public interface Drills {

	/**
	 * Opens the drill room for a scheduled drill; calling it again for the same session
	 * returns the same room.
	 * @param request what to open
	 * @return the room
	 */
	DrillRoom open(DrillRequest request);

	/**
	 * A drill to open.
	 *
	 * @param sessionKey the training session it belongs to, e.g. {@code S-12}; one room
	 * per session
	 * @param incidentType an incident type key, e.g. {@code prompt-injection}
	 * @param organiser who scheduled it (Slack user id)
	 * @param participants who to invite besides the roles the type names
	 * @param startsAt when the drill starts
	 */
	record DrillRequest(String sessionKey, String incidentType, String organiser, List<String> participants,
			Instant startsAt) {

	}

	/**
	 * An opened drill room.
	 *
	 * @param incidentId the drill's incident number
	 * @param channelId the room's channel (empty until Slack created it)
	 */
	record DrillRoom(long incidentId, String channelId) {

	}

}
