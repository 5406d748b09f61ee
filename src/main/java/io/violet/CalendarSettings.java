package io.violet;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation's business calendar.
 *
 * @param weekend weekend days ({@code VIOLET_WEEKEND}, e.g. {@code FRIDAY,SATURDAY});
 * {@code DAY@Zone/Id} entries give one time zone its own weekend; empty for Saturday and
 * Sunday
 * @param holidays holidays ({@code VIOLET_HOLIDAYS}): ISO dates {@code 2027-12-24}, or
 * {@code --12-25} for every year, each optionally followed by {@code @Zone/Id} when only
 * people in that zone are off
 * @param holidaysFile a file with more holidays, one entry per line in the same forms,
 * {@code #} comments, text after the entry naming the holiday
 * ({@code VIOLET_HOLIDAYS_FILE}); empty for none
 */
@ConfigurationProperties("violet")
record CalendarSettings(@DefaultValue List<String> weekend, @DefaultValue List<String> holidays,
		@DefaultValue("") String holidaysFile) {

}
