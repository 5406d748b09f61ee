package io.violet.initiative.internal;

import java.util.List;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;

/**
 * An initiative was recorded as a prohibited practice (EU AI Act Art. 5) and is flagged
 * to legal and compliance, published in the transaction that recorded it so that the
 * thread's note and the direct messages ({@code initiative.slack} words them) are queued
 * with it.
 *
 * @param initiativeId the initiative
 * @param initiative the initiative
 * @param recordedBy who recorded it
 * @param flaggedTo who is told: legal and compliance owners, and the configured admins
 * when one of those roles has no owner
 * @param unowned the roles among legal and compliance that have no owner
 */
public record ProhibitedPracticeFlagged(long initiativeId, InitiativeDetails initiative, String recordedBy,
		List<String> flaggedTo, List<Role> unowned) {

	public ProhibitedPracticeFlagged {
		flaggedTo = List.copyOf(flaggedTo);
		unowned = List.copyOf(unowned);
	}

}
