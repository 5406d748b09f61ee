package io.violet.initiative.internal;

import io.violet.initiative.InitiativeDetails;

/**
 * A new initiative is stored, published in the transaction that stores it (before
 * {@link io.violet.initiative.InitiativeCreated}), so that its thread's first replies are
 * queued with it: {@code initiative.slack} repeats in full what the card shortens.
 *
 * @param initiativeId the initiative
 * @param initiative the initiative as stored
 */
public record InitiativeStored(long initiativeId, InitiativeDetails initiative) {

}
