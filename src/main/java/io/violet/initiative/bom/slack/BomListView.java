package io.violet.initiative.bom.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.bom.Inventory;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The answer to {@code /violet bom list}.
 */
final class BomListView {

	private BomListView() {
	}

	static String text(Inventory.Listing listing) {
		return "ML-BOM of " + listing.initiative().key() + ": " + listing.components().size() + " components";
	}

	static List<LayoutBlock> blocks(Inventory.Listing listing) {
		String key = listing.initiative().key();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText("*ML-BOM of " + key + " · "
				+ Mrkdwn.escapeAndTruncate(listing.initiative().name(), 150) + "* — " + listing.components().size()
				+ ((listing.components().size() == 1) ? " component" : " components")))));
		if (listing.components().isEmpty()) {
			blocks.add(section(
					(s) -> s.text(markdownText("Nothing listed yet. Add what it is built from with `/violet bom add "
							+ key + " <model|dataset|library|service> <name>@<version>` or the form (`/violet bom add "
							+ key + "`)."))));
			return blocks;
		}
		List<String> lines = listing.components().stream().map(ComponentLines::line).toList();
		blocks.addAll(ComponentLines.sections(lines, 45,
				(left) -> "…and " + left + " more: `/violet bom export " + key + "` has them all."));
		blocks.add(context((c) -> c
			.elements(List.of(markdownText("CycloneDX 1.6 file in the thread: `/violet bom export " + key + "`")))));
		return blocks;
	}

}
