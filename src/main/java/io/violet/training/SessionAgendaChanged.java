package io.violet.training;

/**
 * A workshop's agenda changed: the invitations already sent are redrawn.
 *
 * @param sessionId the session
 */
public record SessionAgendaChanged(long sessionId) {

}
