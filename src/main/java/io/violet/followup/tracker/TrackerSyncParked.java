package io.violet.followup.tracker;

import java.time.Instant;

/**
 * A follow-up's tracker sync was parked: the tracker refused it for good, or it failed
 * transiently as often as allowed. Nothing retries it until an admin does, so admins are
 * told.
 *
 * @param followUpId the follow-up
 * @param kind the tracker, {@code jira} or {@code github}
 * @param attempts how many times it was tried
 * @param error what the tracker or the connection answered last
 * @param parkedAt when
 */
public record TrackerSyncParked(long followUpId, String kind, int attempts, String error, Instant parkedAt) {

}
