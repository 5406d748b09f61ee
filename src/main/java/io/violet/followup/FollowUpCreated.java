package io.violet.followup;

/**
 * A follow-up was created.
 *
 * @param key its key, e.g. {@code F-12}
 * @param source where it came from
 */
public record FollowUpCreated(String key, FollowUpSource source) {

}
