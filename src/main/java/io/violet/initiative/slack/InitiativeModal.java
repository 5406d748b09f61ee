package io.violet.initiative.slack;

import java.util.Arrays;
import java.util.List;

import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import io.violet.initiative.Attribute;
import io.violet.initiative.RiskTier;
import io.violet.initiative.internal.NewInitiative;

import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;

import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The "New AI initiative" modal.
 */
final class InitiativeModal {

	static final String CALLBACK_ID = "initiative_new";

	static final String NAME = "initiative_name";

	static final String DESCRIPTION = "initiative_description";

	static final String OWNER = "initiative_owner";

	static final String RISK = "initiative_risk";

	static final String ATTRIBUTES = "initiative_attributes";

	private InitiativeModal() {
	}

	static View build(String userId, String channelId) {
		List<OptionObject> tiers = Arrays.stream(RiskTier.values())
			.map((t) -> option(plainText(t.title()), t.key()))
			.toList();
		List<OptionObject> attributes = Arrays.stream(Attribute.values())
			.map((a) -> option(plainText(a.title()), a.key()))
			.toList();
		return com.slack.api.model.view.Views.view((v) -> v.type("modal")
			.callbackId(CALLBACK_ID)
			.privateMetadata(channelId)
			.title(viewTitle((t) -> t.type("plain_text").text("New AI initiative")))
			.submit(viewSubmit((s) -> s.type("plain_text").text("Create")))
			.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
			.blocks(List.of(
					input((i) -> i.blockId(NAME)
						.label(plainText("Name"))
						.element(plainTextInput((p) -> p.actionId(NAME).maxLength(NewInitiative.NAME_MAX)))),
					input((i) -> i.blockId(DESCRIPTION)
						.label(plainText("Description"))
						.optional(true)
						.element(plainTextInput((p) -> p.actionId(DESCRIPTION)
							.multiline(true)
							.maxLength(NewInitiative.DESCRIPTION_MAX)))),
					input((i) -> i.blockId(OWNER)
						.label(plainText("Owner"))
						.element(usersSelect((u) -> u.actionId(OWNER).initialUser(userId)))),
					input((i) -> i.blockId(RISK)
						.label(plainText("EU AI Act risk tier"))
						.element(staticSelect((s) -> s.actionId(RISK).options(tiers).initialOption(tiers.get(0))))),
					input((i) -> i.blockId(ATTRIBUTES)
						.label(plainText("It involves"))
						.optional(true)
						.element(checkboxes((c) -> c.actionId(ATTRIBUTES).options(attributes)))))));
	}

}
