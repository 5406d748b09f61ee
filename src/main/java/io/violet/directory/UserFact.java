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
 * @param slackUpdated when Slack last changed the user (epoch seconds of the user
 * object's {@code updated}), when it said
 */
public record UserFact(String userId, @Nullable String timeZone, boolean workspaceAdmin, boolean deactivated,
		boolean bot, boolean restricted, Instant refreshedAt, @Nullable Long slackUpdated) {

	public UserFact(String userId, @Nullable String timeZone, boolean workspaceAdmin, boolean deactivated, boolean bot,
			boolean restricted, Instant refreshedAt) {
		this(userId, timeZone, workspaceAdmin, deactivated, bot, restricted, refreshedAt, null);
	}

	/**
	 * Whether this is older news than another fact about the same user: Slack's
	 * {@code updated} says so; a fact without it is older than one with it.
	 * @param stored what is cached
	 * @return true when this must not replace it
	 */
	public boolean olderThan(UserFact stored) {
		if (stored.slackUpdated == null) {
			return false;
		}
		return this.slackUpdated == null || this.slackUpdated < stored.slackUpdated;
	}

	/**
	 * A guest (single- or multi-channel), who may not read the organisation's lists.
	 * @return true for guests
	 */
	public boolean guest() {
		return this.restricted;
	}

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
