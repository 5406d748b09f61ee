package io.violet.insights.internal;

import java.time.Duration;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the insights module.
 *
 * @param digestChannel the channel the weekly digest goes to
 * ({@code VIOLET_DIGEST_CHANNEL}); empty for no digest
 * @param digestCron when the digest goes out (Quartz cron), Monday 09:00 by default
 * ({@code VIOLET_DIGEST_CRON})
 * @param digestZone the zone the cron is read in ({@code VIOLET_INSIGHTS_DIGEST_ZONE});
 * null for {@code VIOLET_TIMEZONE}
 * @param publicUrl where Violet's app port is reachable from Slack, for the App Home
 * chart; the same address as calendar links ({@code VIOLET_TRAINING_PUBLIC_URL}); empty
 * for text only
 * @param refresh how often each instance recomputes the cached headline figures
 * ({@code VIOLET_INSIGHTS_REFRESH})
 * @param defaultDays how far back figures reach without {@code --since}
 */
@ConfigurationProperties("violet.insights")
public record InsightsSettings(@DefaultValue("") String digestChannel, @DefaultValue("0 0 9 ? * MON") String digestCron,
		@Nullable ZoneId digestZone, @DefaultValue("") String publicUrl, @DefaultValue("5m") Duration refresh,
		@DefaultValue("90") int defaultDays) {

	public boolean digestEnabled() {
		return !this.digestChannel.isBlank();
	}

	/**
	 * The public address without a trailing slash.
	 * @return the address, empty when none is configured
	 */
	public String baseUrl() {
		String url = this.publicUrl.strip();
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

}
