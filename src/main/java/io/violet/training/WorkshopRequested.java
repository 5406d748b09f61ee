package io.violet.training;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Another module asks for an interdisciplinary workshop (e.g. a violet-team session's
 * {@code --meet}); the training module schedules it like
 * {@code /violet workshop schedule} and answers with {@link WorkshopArranged}.
 *
 * @param reference what the workshop is for, handed back in {@link WorkshopArranged},
 * e.g. {@code teaming:12}
 * @param title the workshop's title, at most 200 characters
 * @param localStart the start, in {@code zoneId}
 * @param zoneId an IANA zone id
 * @param invitees the people invited (Slack user ids)
 * @param organiser who asked for it (Slack user id)
 */
public record WorkshopRequested(String reference, String title, LocalDateTime localStart, String zoneId,
		List<String> invitees, String organiser) {

}
