package io.violet.followup;

/**
 * A follow-up was marked done.
 *
 * @param key its key
 * @param by who (a Slack user id, {@code violet} or {@code tracker:<kind>})
 */
public record FollowUpClosed(String key, String by) {

}
