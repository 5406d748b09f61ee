package io.violet.review;

import java.time.Instant;
import java.util.List;

import io.violet.directory.Role;

/**
 * A reminder Violet sent about a review: a nudge to a role's owners before the due date,
 * or an escalation to its backups once overdue.
 *
 * @param reviewId the review
 * @param kind which reminder
 * @param recipient the Slack user asked
 * @param at when it was queued
 * @param roles the roles whose sign-off the review needs
 */
public record ReviewAsk(long reviewId, Kind kind, String recipient, Instant at, List<Role> roles) {

	public ReviewAsk {
		roles = List.copyOf(roles);
	}

	/**
	 * Which reminder.
	 */
	public enum Kind {

		/** An owner of a pending role, a business day before the due date. */
		NUDGE,

		/** A backup of a pending role (or an admin when it has none), once overdue. */
		ESCALATION

	}

}
