package io.violet.incident.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.violet.incident.Incident;
import io.violet.incident.IncidentType;
import io.violet.incident.Severity;
import io.violet.initiative.InitiativeSummary;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;
import static com.slack.api.model.block.element.BlockElements.datetimePicker;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.block.element.BlockElements.usersSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The modals of the incident module: report, resolve, "became aware at".
 */
final class IncidentModals {

	static final String REPORT = "incident_report";

	static final String RESOLVE = "incident_resolve";

	static final String AWARE = "incident_aware";

	static final int FOLLOWUPS = 3;

	private IncidentModals() {
	}

	/**
	 * The report modal.
	 * @param initiatives initiatives to pick from, or null for free text
	 * @param evidence {@code channel\nts\ntext} of a message given as evidence, or null
	 * @return the modal
	 */
	static View report(@Nullable List<InitiativeSummary> initiatives, @Nullable String evidence) {
		List<LayoutBlock> blocks = new ArrayList<>();
		if (evidence != null) {
			blocks.add(context((c) -> c.elements(List.of(markdownText(
					"The message you picked is linked as evidence. Its text is quoted only if you tick *Quote it* below.")))));
		}
		blocks.add(input((i) -> i.blockId("title")
			.label(plainText("Title"))
			.element(plainTextInput((p) -> p.actionId("value").maxLength(500)))));
		blocks.add(input((i) -> i.blockId("type")
			.label(plainText("Type"))
			.element(staticSelect((s) -> s.actionId("value")
				.placeholder(plainText("What kind of incident"))
				.options(typeOptions())))));
		blocks.add(input((i) -> i.blockId("severity")
			.label(plainText("Severity"))
			.element(staticSelect(
					(s) -> s.actionId("value").placeholder(plainText("How bad")).options(severityOptions())))));
		blocks.add(context((c) -> c.elements(List.of(markdownText(severityHelp())))));
		if (initiatives != null && !initiatives.isEmpty()) {
			List<OptionObject> options = initiatives.stream()
				.limit(100)
				.map((i) -> option(plainText(Mrkdwn.truncate(i.key() + " " + i.name(), 75)), i.key()))
				.toList();
			blocks.add(input((i) -> i.blockId("initiative")
				.optional(true)
				.label(plainText("Affected initiative"))
				.element(
						staticSelect((s) -> s.actionId("value").placeholder(plainText("Pick one")).options(options)))));
		}
		else {
			blocks.add(input((i) -> i.blockId("initiative_text")
				.optional(true)
				.label(plainText("Affected initiative or system"))
				.element(plainTextInput((p) -> p.actionId("value").maxLength(300)))));
		}
		blocks.add(input((i) -> i.blockId("description")
			.optional(true)
			.label(plainText("What happened"))
			.element(plainTextInput((p) -> p.actionId("value").multiline(true).maxLength(2000)))));
		List<OptionObject> flags = new ArrayList<>();
		flags.add(option(plainText("Personal data involved"), "personal_data"));
		flags.add(option(plainText("Private incident (restricted room)"), "private"));
		if (evidence != null) {
			flags.add(option(plainText("Quote it: include the message text"), "quote"));
		}
		blocks.add(input((i) -> i.blockId("flags")
			.optional(true)
			.label(plainText("Also"))
			.element(checkboxes((c) -> c.actionId("value").options(flags)))));
		return view((v) -> v.type("modal")
			.callbackId(REPORT)
			.title(viewTitle((t) -> t.type("plain_text").text("Report AI incident")))
			.submit(viewSubmit((s) -> s.type("plain_text").text("Report")))
			.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
			.privateMetadata((evidence != null) ? Mrkdwn.truncate(evidence, 2900) : "")
			.blocks(blocks));
	}

	static View resolve(Incident incident) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s
			.text(markdownText("Resolving " + incident.label() + " *" + Mrkdwn.escapeAndTruncate(incident.title(), 200)
					+ "*. Violet posts the post-mortem draft in the room."))));
		blocks.add(input((i) -> i.blockId("summary")
			.label(plainText("Summary"))
			.element(plainTextInput((p) -> p.actionId("value").multiline(true).maxLength(2000)))));
		blocks.add(input((i) -> i.blockId("root_cause")
			.label(plainText("Root cause"))
			.element(plainTextInput((p) -> p.actionId("value").multiline(true).maxLength(2000)))));
		for (int n = 1; n <= FOLLOWUPS; n++) {
			int k = n;
			blocks.add(input((i) -> i.blockId("followup_" + k)
				.optional(true)
				.label(plainText("Follow-up action " + k))
				.element(plainTextInput((p) -> p.actionId("value").maxLength(500)))));
			blocks.add(input((i) -> i.blockId("owner_" + k)
				.optional(true)
				.label(plainText("Owner of action " + k))
				.element(usersSelect((u) -> u.actionId("value").placeholder(plainText("Who owns it"))))));
		}
		return view((v) -> v.type("modal")
			.callbackId(RESOLVE)
			.title(viewTitle((t) -> t.type("plain_text").text("Resolve incident")))
			.submit(viewSubmit((s) -> s.type("plain_text").text("Resolve")))
			.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
			.privateMetadata(Long.toString(incident.id()))
			.blocks(blocks));
	}

	static View aware(Incident incident) {
		return view((v) -> v.type("modal")
			.callbackId(AWARE)
			.title(viewTitle((t) -> t.type("plain_text").text("Became aware at")))
			.submit(viewSubmit((s) -> s.type("plain_text").text("Save")))
			.close(viewClose((c) -> c.type("plain_text").text("Cancel")))
			.privateMetadata(Long.toString(incident.id()))
			.blocks(List.of(
					section((s) -> s.text(markdownText("When the organisation became aware of " + incident.label()
							+ ". Every regulatory deadline counts from this time."))),
					input((i) -> i.blockId("aware")
						.label(plainText("Became aware at"))
						.element(datetimePicker((d) -> d.actionId("value")
							.initialDateTime((int) incident.awareAt().getEpochSecond())))))));
	}

	static @Nullable String value(Map<String, Map<String, ViewState.Value>> values, String block) {
		Map<String, ViewState.Value> inBlock = values.get(block);
		if (inBlock == null || inBlock.get("value") == null) {
			return null;
		}
		ViewState.Value value = inBlock.get("value");
		if (value.getSelectedOption() != null) {
			return value.getSelectedOption().getValue();
		}
		if (value.getSelectedUser() != null) {
			return value.getSelectedUser();
		}
		if (value.getSelectedDateTime() != null) {
			return Integer.toString(value.getSelectedDateTime());
		}
		return value.getValue();
	}

	static List<String> selected(Map<String, Map<String, ViewState.Value>> values, String block) {
		Map<String, ViewState.Value> inBlock = values.get(block);
		if (inBlock == null || inBlock.get("value") == null || inBlock.get("value").getSelectedOptions() == null) {
			return List.of();
		}
		return inBlock.get("value").getSelectedOptions().stream().map(ViewState.SelectedOption::getValue).toList();
	}

	private static List<OptionObject> typeOptions() {
		return java.util.Arrays.stream(IncidentType.values())
			.map((t) -> OptionObject.builder()
				.text(plainText(t.title()))
				.value(t.key())
				.description(plainText(Mrkdwn.truncate(t.definition(), 75)))
				.build())
			.toList();
	}

	private static List<OptionObject> severityOptions() {
		return java.util.Arrays.stream(Severity.values())
			.map((s) -> OptionObject.builder()
				.text(plainText(s.key()))
				.value(s.key())
				.description(plainText(Mrkdwn.truncate(s.definition(), 75)))
				.build())
			.toList();
	}

	private static String severityHelp() {
		StringBuilder help = new StringBuilder();
		for (Severity s : Severity.values()) {
			help.append('*').append(s.key()).append("* ").append(s.definition()).append('\n');
		}
		return help.toString().strip();
	}

}
