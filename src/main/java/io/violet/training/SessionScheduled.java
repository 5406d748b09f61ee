package io.violet.training;

/**
 * A session was scheduled (or the next occurrence of a series was created); its
 * invitations still have to reach everyone.
 *
 * @param sessionId the session
 */
public record SessionScheduled(long sessionId) {

}
