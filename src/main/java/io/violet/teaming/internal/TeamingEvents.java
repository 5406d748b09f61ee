package io.violet.teaming.internal;

import java.util.List;

import io.violet.teaming.Lens;

/**
 * What the teaming domain tells its own Slack adapter, inside the transaction that made
 * the change (the adapter queues its Slack work there, so that the work exists exactly
 * when the change commits).
 */
public final class TeamingEvents {

	private TeamingEvents() {
	}

	/**
	 * A session started: the card, the participants' invitations and the admins' notice
	 * of lenses without an owner follow.
	 *
	 * @param sessionId the session
	 */
	public record SessionConvened(long sessionId) {

	}

	/**
	 * Something the session card shows changed.
	 *
	 * @param sessionId the session
	 */
	public record SessionChanged(long sessionId) {

	}

	/**
	 * Every lens has answered: the summary follows.
	 *
	 * @param sessionId the session
	 */
	public record SessionCompleted(long sessionId) {

	}

	/**
	 * People were added to an open session; they are invited.
	 *
	 * @param sessionId the session
	 * @param participantIds the new participants
	 */
	public record ParticipantsAdded(long sessionId, List<Long> participantIds) {

	}

	/**
	 * New questions apply to a lens (a component added a threat); its participants are
	 * told.
	 *
	 * @param sessionId the session
	 * @param lens the lens
	 * @param questionIds the new questions
	 */
	public record QuestionsAdded(long sessionId, Lens lens, List<String> questionIds) {

	}

	/**
	 * A finding's owner changed; the new owner is told.
	 *
	 * @param findingId the finding
	 * @param owner the new owner
	 * @param by who changed it
	 */
	public record FindingReassigned(long findingId, String owner, String by) {

	}

	/**
	 * A reminder was queued (a nudge, an escalation or the overdue note).
	 *
	 * @param reminderId the reminder
	 */
	public record ReminderQueued(long reminderId) {

	}

}
