package io.violet.followup;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up to create.
 *
 * @param text what is to be done, as typed
 * @param ownerId who does it (Slack user id)
 * @param severity how much it matters
 * @param due when it is due, or null
 * @param initiativeKey the initiative it belongs to, or null
 * @param incidentId the incident it belongs to, or null
 * @param source where it comes from
 * @param sourceKey what makes this request unique (a command's trigger, a finding, a
 * review decision); the same key again returns the follow-up it created
 * @param createdBy who asks (a Slack user id, or {@code violet})
 * @param origin what it comes from in words (plain text), or null for one made by hand
 */
public record NewFollowUp(String text, String ownerId, FollowUpSeverity severity, @Nullable LocalDate due,
		@Nullable String initiativeKey, @Nullable Long incidentId, FollowUpSource source, String sourceKey,
		String createdBy, @Nullable String origin) {

}
