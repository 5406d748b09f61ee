package io.violet.teaming.slack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewState;
import io.violet.slack.Mrkdwn;
import io.violet.teaming.Lens;
import io.violet.teaming.Severity;
import io.violet.teaming.internal.AnswerDraft;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.Verdict;
import org.jspecify.annotations.Nullable;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.input;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.plainTextInput;
import static com.slack.api.model.block.element.BlockElements.radioButtons;
import static com.slack.api.model.block.element.BlockElements.staticSelect;
import static com.slack.api.model.view.Views.view;
import static com.slack.api.model.view.Views.viewClose;
import static com.slack.api.model.view.Views.viewSubmit;
import static com.slack.api.model.view.Views.viewTitle;

/**
 * The modal in which a participant answers their lens's questions. Each question takes
 * four blocks (the question, the answer, a severity, a text), so a page holds
 * {@link #PAGE_SIZE} questions and stays well under Slack's 100 blocks per modal; longer
 * lenses are split into pages, each saved as a draft when it is submitted.
 */
final class LensModal {

	static final String CALLBACK_ID = "teaming_lens";

	static final int PAGE_SIZE = 12;

	static final String VERDICT = "v";

	static final String SEVERITY = "s";

	static final String TEXT = "t";

	private LensModal() {
	}

	static int pages(LensForm form) {
		return Math.max(1, (form.open().size() + PAGE_SIZE - 1) / PAGE_SIZE);
	}

	static List<Question> page(LensForm form, int page) {
		int from = Math.min(page * PAGE_SIZE, form.open().size());
		return form.open().subList(from, Math.min(from + PAGE_SIZE, form.open().size()));
	}

	static View build(LensForm form, int page) {
		int pages = pages(form);
		int current = Math.max(0, Math.min(page, pages - 1));
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(context((c) -> c.elements(List.of(markdownText(
				"*" + form.initiativeKey() + "* " + Mrkdwn.escapeAndTruncate(form.initiativeName(), 150) + " · "
						+ form.lens().title() + " lens" + (pages > 1 ? " · page " + (current + 1) + " of " + pages : "")
						+ (form.answeredBefore() > 0 ? " · " + form.answeredBefore() + " answered earlier" : "")
						+ "\nAnswer each question: *No concern*, *Concern* (with a severity and what worries you) or "
						+ "*Not applicable* (with the reason). Questions left blank are kept as a draft; the button in "
						+ "your DM opens them again.")))));
		int number = current * PAGE_SIZE;
		for (Question question : page(form, current)) {
			number++;
			blocks.addAll(question(number, question, form.draft(question.id())));
		}
		boolean last = current == pages - 1;
		return view((v) -> v.type("modal")
			.callbackId(CALLBACK_ID)
			.privateMetadata(form.sessionId() + "|" + form.lens().key() + "|" + current)
			.title(viewTitle((t) -> t.type("plain_text").text(Mrkdwn.truncate(form.lens().title() + " lens", 24))))
			.submit(viewSubmit((s) -> s.type("plain_text").text(last ? "Submit" : "Save and next")))
			.close(viewClose((c) -> c.type("plain_text").text("Later")))
			.blocks(blocks));
	}

	private static List<LayoutBlock> question(int number, Question question, @Nullable AnswerDraft draft) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks
			.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
					"*" + number + ". " + Mrkdwn.escape(question.text()) + "*\n_Why it matters:_ "
							+ Mrkdwn.escape(question.why()) + "\n_Source:_ " + Mrkdwn.escape(question.source()),
					3000)))));
		List<OptionObject> verdicts = List.of(option(plainText("No concern"), Verdict.NO_CONCERN.name()),
				option(plainText("Concern"), Verdict.CONCERN.name()),
				option(plainText("Not applicable"), Verdict.NOT_APPLICABLE.name()));
		OptionObject chosen = (draft == null) ? null
				: verdicts.stream().filter((o) -> o.getValue().equals(draft.verdict().name())).findFirst().orElse(null);
		blocks.add(input((i) -> i.blockId(blockId(question, VERDICT))
			.optional(true)
			.label(plainText("Your answer"))
			.element(radioButtons((r) -> {
				r.actionId(VERDICT).options(verdicts);
				if (chosen != null) {
					r.initialOption(chosen);
				}
				return r;
			}))));
		List<OptionObject> severities = new ArrayList<>();
		for (Severity severity : Severity.values()) {
			severities.add(option(plainText(severity.title()), severity.key()));
		}
		OptionObject severity = (draft == null || draft.severity() == null) ? null
				: severities.stream()
					.filter((o) -> o.getValue().equals(draft.severity().key()))
					.findFirst()
					.orElse(null);
		blocks.add(input((i) -> i.blockId(blockId(question, SEVERITY))
			.optional(true)
			.label(plainText("Severity (for a concern)"))
			.element(staticSelect((s) -> {
				s.actionId(SEVERITY).placeholder(plainText("Low, medium, high or critical")).options(severities);
				if (severity != null) {
					s.initialOption(severity);
				}
				return s;
			}))));
		blocks.add(input((i) -> i.blockId(blockId(question, TEXT))
			.optional(true)
			.label(plainText("The concern, or why it does not apply"))
			.element(plainTextInput((p) -> {
				p.actionId(TEXT).multiline(true).maxLength(AnswerDraft.TEXT_MAX);
				if (draft != null && draft.text() != null) {
					p.initialValue(draft.text());
				}
				return p;
			}))));
		return blocks;
	}

	static String blockId(Question question, String part) {
		return "q|" + question.id() + "|" + part;
	}

	/**
	 * Reads and checks a page's answers.
	 * @param questions the page's questions
	 * @param values the view's state values
	 * @return the answers given, or the errors by block id
	 */
	static Parsed parse(List<Question> questions, Map<String, Map<String, ViewState.Value>> values) {
		List<AnswerDraft> answers = new ArrayList<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Question question : questions) {
			String verdict = selected(values, blockId(question, VERDICT), VERDICT);
			String severityKey = selected(values, blockId(question, SEVERITY), SEVERITY);
			String text = text(values, blockId(question, TEXT));
			Optional<Severity> severity = (severityKey != null) ? Severity.fromKey(severityKey) : Optional.empty();
			if (text.length() > AnswerDraft.TEXT_MAX) {
				errors.put(blockId(question, TEXT), "Keep it under " + AnswerDraft.TEXT_MAX + " characters.");
				continue;
			}
			if (verdict == null) {
				if (severity.isPresent() || !text.isEmpty()) {
					errors.put(blockId(question, VERDICT),
							"Choose Concern or Not applicable for what you wrote, or clear it to answer later.");
				}
				continue;
			}
			Verdict answer;
			try {
				answer = Verdict.valueOf(verdict);
			}
			catch (IllegalArgumentException ex) {
				errors.put(blockId(question, VERDICT), "Choose one of the three answers.");
				continue;
			}
			switch (answer) {
				case CONCERN -> {
					if (severity.isEmpty()) {
						errors.put(blockId(question, SEVERITY), "Pick how severe the concern is.");
					}
					if (text.isEmpty()) {
						errors.put(blockId(question, TEXT), "Describe the concern, so its owner knows what to fix.");
					}
					if (severity.isPresent() && !text.isEmpty()) {
						answers.add(new AnswerDraft(question.id(), answer, severity.get(), text));
					}
				}
				case NOT_APPLICABLE -> {
					if (severity.isPresent()) {
						errors.put(blockId(question, SEVERITY), "A severity goes with a concern only; clear it.");
					}
					else if (text.isEmpty()) {
						errors.put(blockId(question, TEXT), "Say why this question does not apply.");
					}
					else {
						answers.add(new AnswerDraft(question.id(), answer, null, text));
					}
				}
				case NO_CONCERN -> {
					if (severity.isPresent()) {
						errors.put(blockId(question, SEVERITY), "A severity goes with a concern only; clear it.");
					}
					else {
						answers.add(new AnswerDraft(question.id(), answer, null, text.isEmpty() ? null : text));
					}
				}
			}
		}
		return new Parsed(List.copyOf(answers), errors);
	}

	private static @Nullable String selected(Map<String, Map<String, ViewState.Value>> values, String block,
			String action) {
		Map<String, ViewState.Value> inBlock = values.get(block);
		ViewState.Value value = (inBlock != null) ? inBlock.get(action) : null;
		return (value != null && value.getSelectedOption() != null) ? value.getSelectedOption().getValue() : null;
	}

	private static String text(Map<String, Map<String, ViewState.Value>> values, String block) {
		Map<String, ViewState.Value> inBlock = values.get(block);
		ViewState.Value value = (inBlock != null) ? inBlock.get(TEXT) : null;
		return (value != null && value.getValue() != null) ? value.getValue().strip() : "";
	}

	/**
	 * A page's answers, or what is wrong with them.
	 *
	 * @param answers the answers given
	 * @param errors messages by block id; empty when the page is fine
	 */
	record Parsed(List<AnswerDraft> answers, Map<String, String> errors) {

	}

	/**
	 * What the modal carries in its private metadata.
	 *
	 * @param sessionId the session
	 * @param lens the lens
	 * @param page the page shown
	 */
	record Metadata(long sessionId, Lens lens, int page) {

		static Optional<Metadata> parse(@Nullable String raw) {
			if (raw == null) {
				return Optional.empty();
			}
			String[] parts = raw.split("\\|");
			if (parts.length != 3) {
				return Optional.empty();
			}
			try {
				Optional<Lens> lens = Lens.fromKey(parts[1]);
				return lens.map((l) -> new Metadata(Long.parseLong(parts[0]), l, Integer.parseInt(parts[2])));
			}
			catch (NumberFormatException ex) {
				return Optional.empty();
			}
		}

	}

	/**
	 * A modal that only says something (the lens is complete, a draft was saved).
	 * @param title the title (24 characters at most)
	 * @param mrkdwn the message
	 * @return the view
	 */
	static View notice(String title, String mrkdwn) {
		return view((v) -> v.type("modal")
			.title(viewTitle((t) -> t.type("plain_text").text(Mrkdwn.truncate(title, 24))))
			.close(viewClose((c) -> c.type("plain_text").text("Close")))
			.blocks(List.of(section((s) -> s.text(markdownText(Mrkdwn.truncate(mrkdwn, 3000)))))));
	}

}
