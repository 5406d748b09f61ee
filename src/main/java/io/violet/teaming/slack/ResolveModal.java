package io.violet.teaming.slack;

import java.util.List;

import com.slack.api.model.view.View;
import io.violet.slack.Mrkdwn;
import io.violet.teaming.Finding;
import io.violet.teaming.internal.AnswerDraft;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The modal in which a finding's owner closes it with a mitigation note.
 */
final class ResolveModal {

	static final String CALLBACK_ID = "teaming_resolve";

	static final String MITIGATION = "mitigation";

	private ResolveModal() {
	}

	static View build(Finding finding) {
		return view((v) -> v.type("modal")
			.callbackId(CALLBACK_ID)
			.privateMetadata(finding.initiativeKey() + "|" + finding.number())
			.title(viewTitle((t) -> t.type("plain_text").text("Close " + finding.label())))
			.submit(viewSubmit((s) -> s.type("plain_text").text("Close finding")))
			.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(section((s) -> s.text(markdownText(Lines.finding(finding)))), input((i) -> i
				.blockId(MITIGATION)
				.label(plainText("Mitigation: what was done about it"))
				.element(plainTextInput((p) -> p.actionId(MITIGATION)
					.multiline(true)
					.maxLength(AnswerDraft.TEXT_MAX)
					.placeholder(plainText(
							Mrkdwn.truncate("e.g. rate limits and abuse monitoring on the inference API", 150)))))))));
	}

}
