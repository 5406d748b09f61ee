package io.violet.initiative.bom.slack;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.bom.ComponentDraft;
import io.violet.initiative.bom.ComponentDraft.Input;
import io.violet.initiative.bom.ComponentKind;
import io.violet.initiative.bom.Coordinates;
import io.violet.initiative.bom.ModelApproach;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The "Add component" modal: the same fields as {@code /violet bom add}, with the
 * model-card facts and the dataset facts in their own sections.
 */
final class AddComponentModal {

	static final String CALLBACK_ID = "initiative_bom_add";

	static final String VALUE = "value";

	private AddComponentModal() {
	}

	static View view(InitiativeSummary initiative) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText("Adds a component to the ML-BOM of *" + initiative.key() + "* "
				+ Mrkdwn.escapeAndTruncate(initiative.name(), 150)
				+ ". A supplier makes it an outside component (supply-chain review)."))));
		blocks.add(input((i) -> i.blockId("kind")
			.label(plainText("Type"))
			.element(staticSelect((s) -> s.actionId(VALUE)
				.placeholder(plainText("model, dataset, library or service"))
				.options(Arrays.stream(ComponentKind.values())
					.map((k) -> option(plainText(k.title()), k.key()))
					.toList())))));
		blocks
			.add(text("name", "Name", "e.g. fraud-gbm or meta-llama/Llama-3.1-8B", Coordinates.NAME_MAX, false, false));
		blocks.add(text("version", "Version", "e.g. 2.3.0", Coordinates.VERSION_MAX, false, false));
		blocks.add(text("supplier", "Supplier", "who supplies it; leave empty for in-house",
				ComponentDraft.SUPPLIER_MAX, true, false));
		blocks.add(text("license", "License", "SPDX id such as Apache-2.0, or a name", ComponentDraft.LICENSE_MAX, true,
				false));
		blocks.add(text("hash", "Hash", "sha256:<64 hex digits>", 71, true, false));
		blocks.add(text("url", "URL", "https://…", ComponentDraft.URL_MAX, true, false));
		blocks.add(divider());
		blocks.add(section((s) -> s.text(markdownText("*Model card* (models only)"))));
		blocks.add(input((i) -> i.blockId("approach")
			.optional(true)
			.label(plainText("Approach"))
			.element(staticSelect((s) -> s.actionId(VALUE)
				.options(Arrays.stream(ModelApproach.values())
					.map((a) -> option(plainText(a.key()), a.key()))
					.toList())))));
		blocks.add(text("task", "Task", "e.g. binary classification", ComponentDraft.TASK_MAX, true, false));
		blocks
			.add(text("datasets", "Datasets used", "comma-separated names", ComponentDraft.DATASETS_MAX, true, false));
		blocks.add(text("limitations", "Known limitations", "", ComponentDraft.LONG_TEXT_MAX, true, true));
		blocks.add(text("ethics", "Ethical considerations", "", ComponentDraft.LONG_TEXT_MAX, true, true));
		blocks.add(divider());
		blocks.add(section((s) -> s.text(markdownText("*Dataset facts* (datasets only)"))));
		blocks.add(text("provenance", "Provenance", "where the data comes from", ComponentDraft.PROVENANCE_MAX, true,
				true));
		blocks.add(input((i) -> i.blockId("personal")
			.optional(true)
			.label(plainText("Personal data"))
			.element(checkboxes((c) -> c.actionId(VALUE)
				.options(List.of(option(plainText("It contains personal data (privacy review)"), "yes")))))));
		blocks.add(context((c) -> c.elements(List.of(markdownText("Same as `/violet bom add " + initiative.key()
				+ " <type> <name>@<version> …`; each change is a reply in the initiative's thread.")))));
		return View.builder()
			.type("modal")
			.callbackId(CALLBACK_ID)
			.privateMetadata(initiative.key())
			.title(viewTitle((t) -> t.type("plain_text").text("Add component")))
			.submit(viewSubmit((t) -> t.type("plain_text").text("Add")))
			.close(viewClose((t) -> t.type("plain_text").text("Cancel")))
			.blocks(blocks)
			.build();
	}

	/**
	 * Reads a submission.
	 * @param state the view's state
	 * @return the raw input
	 */
	static Input read(ViewState state) {
		Map<String, Map<String, ViewState.Value>> values = state.getValues();
		return new Input(orEmpty(selected(values, "kind")), orEmpty(typed(values, "name")),
				orEmpty(typed(values, "version")), typed(values, "supplier"), typed(values, "license"),
				typed(values, "hash"), typed(values, "url"), selected(values, "approach"), typed(values, "task"),
				typed(values, "datasets"), typed(values, "limitations"), typed(values, "ethics"),
				typed(values, "provenance"), checked(values, "personal"));
	}

	private static LayoutBlock text(String blockId, String label, String placeholder, int maxLength, boolean optional,
			boolean multiline) {
		BlockElement element = plainTextInput((p) -> {
			p.actionId(VALUE).maxLength(maxLength).multiline(multiline);
			if (!placeholder.isEmpty()) {
				p.placeholder(plainText(placeholder));
			}
			return p;
		});
		return input((i) -> i.blockId(blockId).optional(optional).label(plainText(label)).element(element));
	}

	private static ViewState.@Nullable Value value(Map<String, Map<String, ViewState.Value>> values, String block) {
		Map<String, ViewState.Value> byAction = values.get(block);
		return (byAction != null) ? byAction.get(VALUE) : null;
	}

	private static @Nullable String typed(Map<String, Map<String, ViewState.Value>> values, String block) {
		ViewState.Value value = value(values, block);
		return (value != null) ? value.getValue() : null;
	}

	private static @Nullable String selected(Map<String, Map<String, ViewState.Value>> values, String block) {
		ViewState.Value value = value(values, block);
		if (value == null) {
			return null;
		}
		ViewState.SelectedOption option = value.getSelectedOption();
		return (option != null) ? option.getValue() : null;
	}

	private static boolean checked(Map<String, Map<String, ViewState.Value>> values, String block) {
		ViewState.Value value = value(values, block);
		return value != null && value.getSelectedOptions() != null && !value.getSelectedOptions().isEmpty();
	}

	private static String orEmpty(@Nullable String text) {
		return (text != null) ? text : "";
	}

}
