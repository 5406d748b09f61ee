package io.violet.followup;

import org.jspecify.annotations.Nullable;

/**
 * What a request to create or change a follow-up came to.
 *
 * @param outcome what happened
 * @param followUp the follow-up after the change (or as it stands when nothing changed);
 * null when there is none the user may see
 */
public record FollowUpChange(Outcome outcome, @Nullable FollowUp followUp) {

	public static FollowUpChange of(Outcome outcome) {
		return new FollowUpChange(outcome, null);
	}

	public boolean changed() {
		return this.outcome == Outcome.CREATED || this.outcome == Outcome.DONE || this.outcome == Outcome.REOPENED
				|| this.outcome == Outcome.REASSIGNED || this.outcome == Outcome.DUE_CHANGED
				|| this.outcome == Outcome.SNOOZED;
	}

	/**
	 * What happened.
	 */
	public enum Outcome {

		CREATED,
		/** The same request was made before; the follow-up is the one it created. */
		ALREADY_CREATED, DONE, REOPENED, REASSIGNED, DUE_CHANGED, SNOOZED,
		/** Asked to do what already is (done twice, the same owner, the same date). */
		UNCHANGED,
		/** No follow-up with that key that the user may see. */
		UNKNOWN,
		/** The user may see it but not change it. */
		NOT_ALLOWED,
		/** No text. */
		NO_TEXT,
		/** More text than a follow-up holds. */
		TEXT_TOO_LONG,
		/** The due date lies in the past. */
		DUE_IN_THE_PAST,
		/** The initiative does not exist. */
		UNKNOWN_INITIATIVE,
		/** Neither an incident nor an initiative: a follow-up belongs to one. */
		NO_PARENT,
		/** The owner is not in the private incident's room. */
		OWNER_NOT_IN_ROOM,
		/** The owner is a bot or deactivated. */
		OWNER_UNREACHABLE,
		/**
		 * A violet-team finding's follow-up is done when the finding is resolved, which
		 * needs a note of the mitigation.
		 */
		NOTE_NEEDED

	}

}
