package io.violet.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up as other modules and every surface see it (facts; each surface renders them
 * its own way).
 *
 * @param key e.g. {@code F-12}
 * @param text what is to be done, as typed
 * @param ownerId who does it (Slack user id)
 * @param severity how much it matters
 * @param due when it is due, or null
 * @param done whether it is done
 * @param source where it came from
 * @param origin what it came from in words (plain text, e.g. "Privacy (DPIA) review,
 * changes requested"), null for one created by hand
 * @param incidentId the incident it belongs to, or null
 * @param privateIncident whether that incident is private (only its room and admins see
 * the follow-up)
 * @param initiativeKey the initiative it belongs to, or null
 * @param createdBy who created it (a Slack user id, or {@code violet})
 * @param createdAt when
 * @param closedBy who marked it done (a Slack user id, {@code violet} or
 * {@code tracker:<kind>}), null while open
 * @param closedAt when, null while open
 * @param note the note given when it was marked done, or null
 * @param tracker its issue in the team's tracker, or null
 */
public record FollowUp(String key, String text, String ownerId, FollowUpSeverity severity, @Nullable LocalDate due,
		boolean done, FollowUpSource source, @Nullable String origin, @Nullable Long incidentId,
		boolean privateIncident, @Nullable String initiativeKey, String createdBy, Instant createdAt,
		@Nullable String closedBy, @Nullable Instant closedAt, @Nullable String note, @Nullable TrackerIssue tracker) {

	/** The prefix of every follow-up key. */
	public static final String KEY_PREFIX = "F-";

	public boolean open() {
		return !this.done;
	}

	/**
	 * Whether it is open and past its due date on a day.
	 * @param today the day, in the zone that counts
	 * @return true when overdue
	 */
	public boolean overdueOn(LocalDate today) {
		return open() && this.due != null && today.isAfter(this.due);
	}

	public Optional<TrackerIssue> trackerIssue() {
		return Optional.ofNullable(this.tracker);
	}

	/**
	 * Reads a key such as {@code F-12} (any case, surrounding spaces ignored).
	 * @param key the key
	 * @return the number, or -1 when it is not a follow-up key
	 */
	public static long idOf(String key) {
		String k = key.trim();
		if (k.length() <= KEY_PREFIX.length() || !k.regionMatches(true, 0, KEY_PREFIX, 0, KEY_PREFIX.length())) {
			return -1;
		}
		String digits = k.substring(KEY_PREFIX.length());
		if (digits.length() > 15 || !digits.chars().allMatch(Character::isDigit)) {
			return -1;
		}
		return Long.parseLong(digits);
	}

	public static String keyOf(long id) {
		return KEY_PREFIX + id;
	}

	/**
	 * The issue a follow-up is mirrored to.
	 *
	 * @param kind {@code jira} or {@code github}
	 * @param reference the issue's key ({@code OPS-42}) or number ({@code 42})
	 * @param url the issue's web address
	 */
	public record TrackerIssue(String kind, String reference, String url) {

	}

}
