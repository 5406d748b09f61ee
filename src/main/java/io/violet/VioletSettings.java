package io.violet;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation-wide settings every module may read: the one record bound to the
 * {@code violet} prefix (each module's own settings have a prefix of their own, e.g.
 * {@code violet.incident}).
 *
 * @param timezone the organisation's default time zone ({@code VIOLET_TIMEZONE})
 * @param initiativesChannel the channel where initiative threads live
 * ({@code VIOLET_INITIATIVES_CHANNEL}), empty when not configured
 * @param incidentsChannel the channel where incidents are announced
 * ({@code VIOLET_INCIDENTS_CHANNEL}), empty when not configured
 * @param admins Slack user ids who administer Violet ({@code VIOLET_ADMINS})
 * @param weekend weekend days of the business calendar ({@code VIOLET_WEEKEND}, e.g.
 * {@code FRIDAY,SATURDAY}); {@code DAY@Zone/Id} entries give one time zone its own
 * weekend; empty for Saturday and Sunday
 * @param holidays holidays of the business calendar ({@code VIOLET_HOLIDAYS}): ISO dates
 * {@code 2027-12-24}, or {@code --12-25} for every year, each optionally followed by
 * {@code @Zone/Id} when only people in that zone are off
 * @param holidaysFile a file with more holidays, one entry per line in the same forms,
 * {@code #} comments, text after the entry naming the holiday
 * ({@code VIOLET_HOLIDAYS_FILE}); empty for none
 */
@ConfigurationProperties("violet")
public record VioletSettings(@DefaultValue("UTC") ZoneId timezone, @DefaultValue("") String initiativesChannel,
		@DefaultValue("") String incidentsChannel, @DefaultValue List<String> admins,
		@DefaultValue List<String> weekend, @DefaultValue List<String> holidays,
		@DefaultValue("") String holidaysFile) {

	/**
	 * Today in the organisation's zone: the one way modules turn the clock into a date
	 * (due dates, overdue follow-ups, digest weeks), so that all of them agree on when a
	 * day starts.
	 * @param clock the clock
	 * @return the date at the organisation's time zone
	 */
	public LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), this.timezone);
	}

}
