package io.violet;

import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Organisation-wide settings every module may read.
 *
 * @param timezone the organisation's default time zone ({@code VIOLET_TIMEZONE})
 * @param initiativesChannel the channel where initiative threads live
 * ({@code VIOLET_INITIATIVES_CHANNEL}), empty when not configured
 * @param incidentsChannel the channel where incidents are announced
 * ({@code VIOLET_INCIDENTS_CHANNEL}), empty when not configured
 */
@ConfigurationProperties("violet")
public record VioletSettings(@DefaultValue("UTC") ZoneId timezone, @DefaultValue("") String initiativesChannel,
		@DefaultValue("") String incidentsChannel) {

}
