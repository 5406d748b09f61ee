package io.violet.initiative.internal;

/**
 * An initiative changed, so its thread's parent card needs redrawing.
 *
 * @param initiativeId the initiative
 */
public record InitiativeCardStale(long initiativeId) {

}
