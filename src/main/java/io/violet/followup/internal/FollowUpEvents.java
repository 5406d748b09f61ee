package io.violet.followup.internal;

import java.time.Instant;

/**
 * Events inside the follow-up module: its Slack side and its tracker sync react to them
 * in the publishing transaction, queueing durable work.
 */
public final class FollowUpEvents {

	private FollowUpEvents() {
	}

	/**
	 * A follow-up got an owner (on creation or reassignment), who is to be told.
	 *
	 * @param followUpId the follow-up
	 * @param ownerId the owner
	 * @param assignedAt when; with the owner it names this one assignment
	 */
	public record Assigned(long followUpId, String ownerId, Instant assignedAt) {

	}

	/**
	 * Something a tracker mirrors changed (created, done, reopened, text or due date).
	 *
	 * @param followUpId the follow-up
	 */
	public record Changed(long followUpId) {

	}

	/**
	 * A reminder is to be sent.
	 *
	 * @param reminderId the reminder
	 */
	public record ReminderQueued(long reminderId) {

	}

}
