package io.violet.teaming;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A concern a participant raised, as other modules see it.
 *
 * @param initiativeKey the initiative, e.g. {@code AI-7}
 * @param sessionId the violet-team session it was raised in
 * @param number its number within the initiative ({@code VT-3} is 3)
 * @param lens the lens it was raised from
 * @param questionId the question it answers
 * @param severity how serious it is
 * @param text what the participant wrote, as typed
 * @param raisedBy who raised it
 * @param raisedAt when
 * @param owner who must answer it
 * @param due when it is due, or null
 * @param open whether it is still open
 * @param resolvedBy who closed it, or null
 * @param mitigation the mitigation note, or null
 */
public record Finding(String initiativeKey, long sessionId, int number, Lens lens, String questionId, Severity severity,
		String text, String raisedBy, Instant raisedAt, String owner, @Nullable LocalDate due, boolean open,
		@Nullable String resolvedBy, @Nullable String mitigation) {

	/**
	 * The prefix of a finding's label: {@code VT} for violet team, so that a finding is
	 * never read as a follow-up ({@code F-n}, numbered across the install), an initiative
	 * ({@code AI-n}) or an incident ({@code #n}).
	 */
	public static final String LABEL_PREFIX = "VT-";

	/**
	 * The finding's label, as users type it.
	 * @return e.g. {@code VT-3}
	 */
	public String label() {
		return labelOf(this.number);
	}

	/**
	 * The label of a finding by its number within its initiative.
	 * @param number the finding's number
	 * @return e.g. {@code VT-3}
	 */
	public static String labelOf(int number) {
		return LABEL_PREFIX + number;
	}

}
