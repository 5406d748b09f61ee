package io.violet.incident;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Tracked follow-up actions of incidents. The follow-up module implements it, so that a
 * follow-up typed in a war room or confirmed on a post-mortem draft becomes a tracked
 * item at once, in the same transaction, and the reply can name its key; without that
 * module, incidents keep their follow-ups as post-mortem text only.
 */
public interface IncidentFollowUps {

	/**
	 * Tracks a follow-up action of an incident, in the caller's transaction. The same
	 * source key again returns the item it created the first time.
	 * @param action what to track
	 * @return the item's key, or why it was not tracked
	 */
	Tracked track(Action action);

	/**
	 * The incident's follow-ups counted, for its post-mortem.
	 * @param incidentId the incident
	 * @return the counts
	 */
	Counts counts(long incidentId);

	/**
	 * A follow-up action to track.
	 *
	 * @param incidentId the incident
	 * @param text what is to be done, as typed
	 * @param ownerId who does it (Slack user id)
	 * @param due when it is due, or null for no due date
	 * @param by who asks for it (Slack user id)
	 * @param sourceKey what makes this request unique, e.g. {@code postmortem-action:12}
	 * or {@code command:<trigger id>}
	 */
	record Action(long incidentId, String text, String ownerId, @Nullable LocalDate due, String by, String sourceKey) {

	}

	/**
	 * What tracking an action came to.
	 *
	 * @param outcome what happened
	 * @param key the item's key (e.g. {@code F-12}) when tracked, empty otherwise
	 */
	record Tracked(Outcome outcome, String key) {

		public boolean tracked() {
			return this.outcome == Outcome.TRACKED || this.outcome == Outcome.ALREADY_TRACKED;
		}

	}

	/**
	 * Why an action was or was not tracked.
	 */
	enum Outcome {

		/** A new item was created. */
		TRACKED,
		/** The same request was tracked before; the key is that item's. */
		ALREADY_TRACKED,
		/** The text is empty. */
		NO_TEXT,
		/** The text is longer than a follow-up holds. */
		TEXT_TOO_LONG,
		/** The due date lies in the past. */
		DUE_IN_THE_PAST,
		/**
		 * The incident is private and the owner is not in its room: nothing of it may
		 * reach them.
		 */
		OWNER_NOT_IN_ROOM,
		/** The owner is a bot or a deactivated user. */
		OWNER_UNREACHABLE,
		/**
		 * Given by the incident module: the user may not confirm post-mortem actions
		 * (only the commander, security-architect owners and admins may).
		 */
		NOT_ALLOWED,
		/** Given by the incident module: the action names no owner. */
		NO_OWNER,
		/** Given by the incident module: no follow-up tracking is installed. */
		NOT_AVAILABLE

	}

	/**
	 * An incident's follow-ups counted.
	 *
	 * @param open not done yet
	 * @param closed done
	 */
	record Counts(int open, int closed) {

		public static final Counts NONE = new Counts(0, 0);

	}

}
