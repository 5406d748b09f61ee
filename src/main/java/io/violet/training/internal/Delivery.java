package io.violet.training.internal;

import org.jspecify.annotations.Nullable;

/**
 * One message to one person, claimed for sending.
 *
 * @param id the row id
 * @param kind what message
 * @param sessionId the session it is about, if any
 * @param userId the recipient
 * @param channelId the DM channel, when an earlier attempt got that far
 * @param uncertain whether an earlier attempt stopped mid-way, so the message may already
 * be in Slack
 * @param dedupeKey the key that makes it unique, e.g. {@code digest:2026-W48:U1}
 * @param attempts how many times it was tried, this time included
 */
public record Delivery(long id, DeliveryKind kind, @Nullable Long sessionId, String userId, @Nullable String channelId,
		boolean uncertain, String dedupeKey, int attempts) {

}
