package io.violet.initiative.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.element.BlockElement;
import io.violet.initiative.Attribute;
import io.violet.initiative.CardExtension;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.StageGate.ReviewState;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The initiative's card: the parent message of its thread and the answer to
 * {@code /violet initiative show}.
 */
final class CardView {

	/** The card shows this much of a name (a header block holds 150 characters). */
	static final int NAME_MAX = 150;

	/** The card shows this much of a description; the thread repeats a longer one. */
	static final int DESCRIPTION_MAX = 1500;

	private static final int REVIEW_LINES_MAX = 2800;

	private static final int SECTION_MAX = 2000;

	/** Opens the ML-BOM's "Add component" modal (handled in the bom.slack package). */
	static final String ADD_COMPONENT_ACTION_ID = "initiative_bom_add_open";

	private CardView() {
	}

	static String text(InitiativeDetails initiative) {
		return initiative.key() + " " + Mrkdwn.escapeAndTruncate(initiative.name(), 200) + " — "
				+ initiative.stage().title();
	}

	static List<LayoutBlock> blocks(InitiativeDetails initiative, List<ReviewState> reviews) {
		return blocks(initiative, reviews, List.of());
	}

	static List<LayoutBlock> blocks(InitiativeDetails initiative, List<ReviewState> reviews,
			List<CardExtension.Section> sections) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h
			.text(plainText(Mrkdwn.truncate(initiative.key() + " · " + initiative.name(), NAME_MAX), true))));
		if (initiative.riskTier() == RiskTier.PROHIBITED) {
			blocks.add(section((s) -> s.text(markdownText(":rotating_light: *Prohibited practice* (EU AI Act Art. 5): "
					+ "flagged to legal and compliance; it cannot leave _proposed_."))));
		}
		List<TextObject> fields = List.of(markdownText("*Owner*\n" + Mrkdwn.user(initiative.ownerId())),
				markdownText("*Stage*\n" + initiative.stage().title()),
				markdownText("*EU AI Act risk tier*\n" + initiative.riskTier().title()),
				markdownText("*Attributes*\n" + attributes(initiative)));
		blocks.add(section((s) -> s.fields(fields)));
		if (!initiative.description().isBlank()) {
			blocks.add(section(
					(s) -> s.text(markdownText(Mrkdwn.escapeAndTruncate(initiative.description(), DESCRIPTION_MAX)))));
		}
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(reviewLines(reviews), REVIEW_LINES_MAX)))));
		List<BlockElement> buttons = new ArrayList<>();
		buttons.add(button(
				(b) -> b.actionId(ADD_COMPONENT_ACTION_ID).text(plainText("Add component")).value(initiative.key())));
		for (CardExtension.Section section : sections) {
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
					"*" + Mrkdwn.escape(section.heading()) + "*\n" + Mrkdwn.escape(section.facts()), SECTION_MAX)))));
			section.buttons().forEach((button) -> buttons.add(MessageBlocks.button(button)));
		}
		blocks.add(actions((a) -> a.blockId("initiative_card_actions")
			.elements(List.copyOf(buttons.subList(0, Math.min(buttons.size(), 25))))));
		blocks.add(context((c) -> c.elements(List.of(markdownText("Every event of " + initiative.key()
				+ " is a reply in this thread · created by " + Mrkdwn.user(initiative.createdBy()) + " "
				+ Mrkdwn.date(initiative.createdAt(), "{date_short_pretty}"))))));
		return blocks;
	}

	static String attributes(InitiativeDetails initiative) {
		if (initiative.attributes().isEmpty()) {
			return "none";
		}
		return initiative.attributes().stream().sorted().map(Attribute::title).collect(Collectors.joining(", "));
	}

	static String reviewLines(List<ReviewState> reviews) {
		if (reviews.isEmpty()) {
			return "*Reviews*\nNone requested yet.";
		}
		long approved = reviews.stream().filter(ReviewState::approved).count();
		StringBuilder text = new StringBuilder("*Reviews* (").append(approved)
			.append('/')
			.append(reviews.size())
			.append(" approved)");
		for (ReviewState review : reviews) {
			text.append('\n')
				.append(review.approved() ? ":white_check_mark: " : ":hourglass_flowing_sand: ")
				.append(review.title())
				.append(" — ")
				.append(review.progress());
		}
		return text.toString();
	}

	static long openReviews(List<ReviewState> reviews) {
		return reviews.stream().filter((r) -> !r.approved()).count();
	}

}
