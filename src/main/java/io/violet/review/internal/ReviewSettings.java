package io.violet.review.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Map;

import io.violet.review.ReviewKind;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Review settings ({@code violet.review.*}).
 *
 * @param dueDays business days a review may take, by kind key (e.g.
 * {@code violet.review.due-days.privacy=20}, env {@code VIOLET_REVIEW_DUEDAYS_PRIVACY});
 * kinds not named keep their defaults
 * @param workdayStart reminders go out from this local time on weekdays
 * @param workdayEnd reminders go out until this local time (exclusive)
 * @param sweepInterval how often the reminder sweep runs
 */
@ConfigurationProperties("violet.review")
public record ReviewSettings(@DefaultValue Map<String, Integer> dueDays, @DefaultValue("09:00") LocalTime workdayStart,
		@DefaultValue("18:00") LocalTime workdayEnd, @DefaultValue("5m") Duration sweepInterval) {

	/**
	 * The due period of a kind: configured, else the kind's default.
	 * @param kind the kind
	 * @return business days
	 */
	public int dueDays(ReviewKind kind) {
		for (Map.Entry<String, Integer> entry : this.dueDays.entrySet()) {
			if (normalise(entry.getKey()).equals(normalise(kind.key())) && entry.getValue() != null
					&& entry.getValue() > 0) {
				return entry.getValue();
			}
		}
		return kind.defaultDueDays();
	}

	private static String normalise(String key) {
		return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
	}

}
