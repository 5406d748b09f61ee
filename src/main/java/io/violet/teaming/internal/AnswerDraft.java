package io.violet.teaming.internal;

import io.violet.teaming.Severity;
import org.jspecify.annotations.Nullable;

/**
 * One answer as a participant gave it, already validated.
 *
 * @param questionId the question
 * @param verdict the answer
 * @param severity the severity of a concern, else null
 * @param text a concern's text or the reason a question does not apply, else null
 */
public record AnswerDraft(String questionId, Verdict verdict, @Nullable Severity severity, @Nullable String text) {

	/** The longest text an answer may carry (a finding's text, a reason). */
	public static final int TEXT_MAX = 2000;

}
