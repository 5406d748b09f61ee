package io.violet.directory;

import java.time.Instant;

/**
 * Slack told Violet that a user who was active (or never seen) is deactivated. Published
 * inside the transaction that stored the fact, once per deactivation, whichever replica
 * or path (a {@code user_change} event, a refresh, a refused DM) learned it.
 *
 * @param userId the user
 * @param at when Violet learned it
 */
public record UserDeactivated(String userId, Instant at) {

}
