package io.violet.teaming.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Violet-team settings ({@code violet.teaming.*}).
 *
 * @param dueDays business days a session may take when {@code --due} is not given
 * ({@code VIOLET_TEAMING_DUEDAYS})
 * @param findingDueDays business days a finding's owner has to close it
 * ({@code VIOLET_TEAMING_FINDINGDUEDAYS})
 * @param sweepIntervalSeconds how often pending lenses are checked for nudges and
 * escalations
 */
@ConfigurationProperties("violet.teaming")
public record TeamingSettings(@DefaultValue("10") int dueDays, @DefaultValue("10") int findingDueDays,
		@DefaultValue("300") int sweepIntervalSeconds) {

}
