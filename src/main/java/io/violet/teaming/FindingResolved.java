package io.violet.teaming;

/**
 * A finding was closed by its owner with a mitigation.
 *
 * @param initiativeKey the initiative
 * @param sessionId the violet-team session
 * @param number the finding's number within the initiative
 * @param by who closed it (Slack user id)
 * @param mitigation the mitigation note, as typed
 */
public record FindingResolved(String initiativeKey, long sessionId, int number, String by, String mitigation) {

}
