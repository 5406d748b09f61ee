package io.violet.teaming.internal;

import java.util.List;
import java.util.Map;

import io.violet.teaming.Lens;
import org.jspecify.annotations.Nullable;

/**
 * What a participant's modal for one lens shows: the questions still to answer, with the
 * draft answers saved so far.
 *
 * @param sessionId the session
 * @param initiativeKey its initiative
 * @param initiativeName the initiative's name, as typed
 * @param lens the lens
 * @param open the questions still open (not part of an earlier complete submission)
 * @param answeredBefore how many questions were answered in an earlier submission
 * @param drafts the draft answers by question id
 */
public record LensForm(long sessionId, String initiativeKey, String initiativeName, Lens lens, List<Question> open,
		int answeredBefore, Map<String, AnswerDraft> drafts) {

	public @Nullable AnswerDraft draft(String questionId) {
		return this.drafts.get(questionId);
	}

}
