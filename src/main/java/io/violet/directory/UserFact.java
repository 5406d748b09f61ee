package io.violet.directory;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * What Violet knows about a Slack user.
 *
 * @param userId the user id
 * @param timeZone the user's IANA time zone, when Slack told us
 * @param workspaceAdmin whether a workspace admin or owner
 * @param deactivated whether the account is deactivated
 * @param bot whether a bot user
 * @param restricted whether a guest
 * @param refreshedAt when Slack last told us
 */
public record UserFact(String userId, @Nullable String timeZone, boolean workspaceAdmin, boolean deactivated,
		boolean bot, boolean restricted, Instant refreshedAt) {

	/**
	 * The user's zone, if Slack gave a valid one.
	 * @return the zone
	 */
	public Optional<ZoneId> zone() {
		if (this.timeZone == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(this.timeZone));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A person who can be invited and messaged.
	 * @return true for active humans
	 */
	public boolean activeHuman() {
		return !this.deactivated && !this.bot;
	}

}
