package io.violet.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often one person may run a command that creates Slack objects
 * ({@code violet.limits.*}): set far above what a real team does, so that only a script
 * or a hostile insider meets them.
 *
 * @param incidentDeclare incidents one person may declare (command or report form) per
 * window; each opens a channel and invites people
 * @param bomExport ML-BOM exports one person may start per window; each uploads a file
 * @param evidenceExport evidence packs one person may ask for per window; each builds a
 * ZIP of a whole initiative and uploads it
 * @param trainingSchedule trainings, workshops and drills one person may schedule per
 * window; each invites people
 * @param window the sliding window the uses are counted over
 */
@ConfigurationProperties("violet.limits")
public record CommandLimitSettings(@DefaultValue("10") int incidentDeclare, @DefaultValue("10") int bomExport,
		@DefaultValue("10") int evidenceExport, @DefaultValue("10") int trainingSchedule,
		@DefaultValue("10m") Duration window) {

}
