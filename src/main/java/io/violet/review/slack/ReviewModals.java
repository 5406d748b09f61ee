package io.violet.review.slack;

import java.util.List;

import com.slack.api.model.view.View;
import io.violet.review.ReviewSummary;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The "Request changes" and "Comment" modals of a review.
 */
final class ReviewModals {

	static final String CHANGES_CALLBACK = "review_changes_modal";

	static final String COMMENT_CALLBACK = "review_comment_modal";

	static final String TEXT = "review_text";

	static final int TEXT_MAX = 2500;

	private ReviewModals() {
	}

	static View requestChanges(ReviewSummary review, String channelId) {
		return modal(
				CHANGES_CALLBACK, "Request changes", "Send back", "What must change before the *"
						+ review.kind().title() + " review* of *" + review.initiativeKey() + "* can be approved?",
				"Reason", review.id() + "|" + channelId);
	}

	static View comment(ReviewSummary review, String channelId) {
		return modal(
				COMMENT_CALLBACK, "Comment", "Post", "Your comment goes to the thread of *" + review.initiativeKey()
						+ "* under the *" + review.kind().title() + " review*.",
				"Comment", review.id() + "|" + channelId);
	}

	private static View modal(String callbackId, String title, String submit, String intro, String label,
			String metadata) {
		return com.slack.api.model.view.Views.view(
				(v) -> v.type("modal")
					.callbackId(callbackId)
					.privateMetadata(metadata)
					.title(viewTitle((t) -> t.type("plain_text").text(title)))
					.submit(viewSubmit((s) -> s.type("plain_text").text(submit)))
					.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
					.blocks(List.of(section((s) -> s.text(markdownText(intro))), input((i) -> i.blockId(TEXT)
						.label(plainText(label))
						.element(plainTextInput((p) -> p.actionId(TEXT).multiline(true).maxLength(TEXT_MAX)))))));
	}

}
