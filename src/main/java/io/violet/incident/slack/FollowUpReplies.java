package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentFollowUps;
import io.violet.slack.Mrkdwn;

/**
 * What a war room answers when a follow-up is added or a post-mortem action confirmed.
 */
final class FollowUpReplies {

	static final String USAGE = "/violet incident follow-up \"<text>\" @owner [--due yyyy-MM-dd]";

	private FollowUpReplies() {
	}

	static String tracked(IncidentFollowUps.Tracked tracked, Incident incident, String ownerId) {
		String owner = Mrkdwn.user(ownerId);
		return switch (tracked.outcome()) {
			case TRACKED ->
				":white_check_mark: Tracked as *" + tracked.key() + "* for " + incident.label() + ", owned by " + owner
						+ ", who gets a direct message. `/violet follow-up show " + tracked.key() + "`";
			case ALREADY_TRACKED -> ":information_source: Already tracked as *" + tracked.key() + "*.";
			case NO_TEXT -> ":warning: Say what is to be done.\nUsage: `" + USAGE + "`";
			case TEXT_TOO_LONG -> ":warning: A follow-up holds up to 2,000 characters; shorten it.";
			case DUE_IN_THE_PAST -> ":warning: The due date lies in the past; give a later one.";
			case OWNER_NOT_IN_ROOM -> ":lock: " + owner + " is not in this private room, so nothing of "
					+ incident.label() + " may reach them. Invite them first, or pick someone in the room.";
			case OWNER_UNREACHABLE ->
				":warning: " + owner + " cannot own a follow-up (a bot or a deactivated account); pick a person.";
			case NOT_ALLOWED -> ":no_entry: Only the incident's commander, security-architect owners and Violet admins "
					+ "can confirm post-mortem actions.";
			case NO_OWNER -> ":warning: This action names no owner. Track it with `" + USAGE + "` instead.";
			case NOT_AVAILABLE -> ":warning: Follow-up tracking is not available in this installation.";
		};
	}

}
