package io.violet.training;

import org.jspecify.annotations.Nullable;

/**
 * The answer to a {@link WorkshopRequested}: the session scheduled, or why it was not.
 *
 * @param reference the request's reference
 * @param sessionKey the session, e.g. {@code S-12}, or null when it was not scheduled
 * @param problem why it was not scheduled, or null
 */
public record WorkshopArranged(String reference, @Nullable String sessionKey, @Nullable String problem) {

}
