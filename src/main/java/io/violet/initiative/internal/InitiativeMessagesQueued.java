package io.violet.initiative.internal;

/**
 * Messages about an initiative wait to be sent.
 *
 * @param initiativeId the initiative
 */
public record InitiativeMessagesQueued(long initiativeId) {

}
