package io.violet.initiative.internal;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;

/**
 * An initiative moved one stage on, published in the transaction that moved it (before
 * {@link io.violet.initiative.InitiativeAdvanced}) so that its thread's note
 * ({@code initiative.slack} words it) is queued with the change.
 *
 * @param initiativeId the initiative
 * @param before the initiative before the move
 * @param to the stage it entered
 * @param by who moved it
 */
public record StageEntered(long initiativeId, InitiativeDetails before, Stage to, String by) {

}
