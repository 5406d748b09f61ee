package io.violet.training;

/**
 * Someone answered an invitation or was marked as having completed a session.
 *
 * @param sessionId the session
 * @param userId who
 */
public record RsvpRecorded(long sessionId, String userId) {

}
