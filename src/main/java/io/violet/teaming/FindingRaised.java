package io.violet.teaming;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A violet-team participant raised a concern: a finding that must be answered. The
 * follow-up module tracks it as an action item of the initiative.
 *
 * @param initiativeKey the initiative, e.g. {@code AI-7}
 * @param sessionId the violet-team session
 * @param number the finding's number within the initiative, as in
 * {@code /violet teaming resolve AI-7 3}
 * @param lens the lens's key, e.g. {@code privacy}
 * @param severity {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param text what the participant wrote, as typed
 * @param raisedBy who raised it (Slack user id)
 * @param owner who must answer it (Slack user id)
 * @param due when it is due, or null
 */
public record FindingRaised(String initiativeKey, long sessionId, int number, String lens, String severity, String text,
		String raisedBy, String owner, @Nullable LocalDate due) {

}
