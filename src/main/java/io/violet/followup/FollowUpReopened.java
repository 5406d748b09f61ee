package io.violet.followup;

/**
 * A follow-up that was done is open again.
 *
 * @param key its key
 * @param by who (a Slack user id or {@code tracker:<kind>})
 */
public record FollowUpReopened(String key, String by) {

}
