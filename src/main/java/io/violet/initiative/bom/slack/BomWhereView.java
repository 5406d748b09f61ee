package io.violet.initiative.bom.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.bom.BomComponent;
import io.violet.initiative.bom.Coordinates;
import io.violet.initiative.bom.Inventory;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The answer to {@code /violet bom where}: which initiatives use a component, with their
 * owners and stages.
 */
final class BomWhereView {

	private BomWhereView() {
	}

	static String text(Coordinates wanted, List<Inventory.Usage> usages) {
		return usages.isEmpty() ? "No initiative uses " + Mrkdwn.escapeAndTruncate(wanted.toString(), 200)
				: usages.size() + " initiatives use " + Mrkdwn.escapeAndTruncate(wanted.toString(), 200);
	}

	static List<LayoutBlock> blocks(Coordinates wanted, List<Inventory.Usage> usages) {
		List<LayoutBlock> blocks = new ArrayList<>();
		String what = BomNotes.code(wanted.toString());
		if (usages.isEmpty()) {
			blocks.add(section((s) -> s.text(
					markdownText(":mag: No initiative's ML-BOM lists " + what + ". Names are matched exactly (any case)"
							+ (wanted.version().isEmpty() ? "." : "; try without the version.")))));
			return blocks;
		}
		blocks.add(section((s) -> s.text(markdownText(":mag: *" + usages.size()
				+ ((usages.size() == 1) ? " initiative uses " : " initiatives use ") + what + "*"))));
		List<String> lines = new ArrayList<>();
		for (Inventory.Usage usage : usages) {
			String versions = usage.components()
				.stream()
				.map(BomComponent::version)
				.map((v) -> BomNotes.code(v))
				.collect(Collectors.joining(", "));
			String kind = usage.components().get(0).kind().key();
			if (usage.initiative() != null) {
				lines
					.add("• *" + usage.initiativeKey() + "* " + Mrkdwn.escapeAndTruncate(usage.initiative().name(), 100)
							+ " — owner " + Mrkdwn.user(usage.initiative().ownerId()) + " · stage _"
							+ usage.initiative().stage() + "_ · " + kind + " " + versions);
			}
			else {
				lines.add("• *" + usage.initiativeKey() + "* — " + kind + " " + versions);
			}
		}
		blocks.addAll(ComponentLines.sections(lines, 45, (left) -> "…and " + left + " more initiatives."));
		return blocks;
	}

}
