package io.violet.audit;

import org.jspecify.annotations.Nullable;

/**
 * Who did something the trail records: a Slack user, or Violet itself for what it does on
 * its own (a reminder, a role kept equal to its group, a review it settles). Events and
 * other modules' records keep the actor as its id, so {@link #is(String)} reads one back.
 *
 * @param id a Slack user id, or {@code violet}
 */
public record Actor(String id) {

	/** Violet itself: the bot, a job, a listener acting on Slack's word. */
	public static final Actor VIOLET = new Actor("violet");

	/**
	 * A person.
	 * @param userId the Slack user id
	 * @return the actor
	 */
	public static Actor user(String userId) {
		return new Actor(userId);
	}

	/**
	 * Whether an actor kept as its id is this one.
	 * @param actorId the id, e.g. an event's {@code by}; may be null
	 * @return true when it is
	 */
	public boolean is(@Nullable String actorId) {
		return this.id.equals(actorId);
	}

	@Override
	public String toString() {
		return this.id;
	}

}
