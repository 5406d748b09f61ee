package io.violet.initiative.bom.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.bom.BomComponent;
import io.violet.initiative.bom.ComponentKind;
import io.violet.initiative.bom.Inventory;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * Components as mrkdwn lines, packed into section blocks within Block Kit's limits.
 */
final class ComponentLines {

	/** Section text may hold 3,000 characters. */
	static final int SECTION_MAX = 3000;

	private ComponentLines() {
	}

	static String line(BomComponent c) {
		StringBuilder line = new StringBuilder("• *").append(c.kind().title())
			.append("* ")
			.append(BomNotes.code(c.coordinates()));
		List<String> facts = new ArrayList<>();
		if (c.supplier() != null) {
			facts.add("supplier " + Mrkdwn.escapeAndTruncate(c.supplier(), 80));
		}
		else {
			facts.add("in-house");
		}
		if (c.license() != null) {
			facts.add("license " + Mrkdwn.escapeAndTruncate(c.license(), 60));
		}
		if (c.sha256() != null) {
			facts.add("sha256 `" + c.sha256().substring(0, 12) + "…`");
		}
		if (c.url() != null) {
			facts.add(Mrkdwn.link(c.url(), "link"));
		}
		line.append(" — ").append(String.join(" · ", facts));
		if (c.kind() == ComponentKind.MODEL) {
			List<String> card = new ArrayList<>();
			if (c.approach() != null) {
				card.add("approach " + c.approach().key());
			}
			if (c.task() != null) {
				card.add("task " + Mrkdwn.escapeAndTruncate(c.task(), 80));
			}
			if (!c.datasetsUsed().isEmpty()) {
				card.add("datasets " + Mrkdwn.escapeAndTruncate(String.join(", ", c.datasetsUsed()), 120));
			}
			if (c.limitations() != null) {
				card.add("limitations: " + Mrkdwn.escapeAndTruncate(c.limitations(), 120));
			}
			if (c.ethicalConsiderations() != null) {
				card.add("ethics: " + Mrkdwn.escapeAndTruncate(c.ethicalConsiderations(), 120));
			}
			if (!card.isEmpty()) {
				line.append("\n      _").append(String.join(" · ", card).replace("_", "\\_")).append('_');
			}
		}
		if (c.kind() == ComponentKind.DATASET) {
			List<String> data = new ArrayList<>();
			if (c.personalData()) {
				data.add(":lock: contains personal data");
			}
			if (c.provenance() != null) {
				data.add("provenance: " + Mrkdwn.escapeAndTruncate(c.provenance(), 160));
			}
			if (!data.isEmpty()) {
				line.append("\n      ").append(String.join(" · ", data));
			}
		}
		return line.toString();
	}

	/**
	 * Packs lines into sections; what does not fit in {@code maxBlocks} is counted in a
	 * last line.
	 * @param lines the lines
	 * @param maxBlocks how many sections at most
	 * @param more what to say about the rest, given how many lines were left out
	 * @return the sections
	 */
	static List<LayoutBlock> sections(List<String> lines, int maxBlocks, java.util.function.IntFunction<String> more) {
		List<LayoutBlock> blocks = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int shown = 0;
		for (String line : lines) {
			String cut = Mrkdwn.truncate(line, SECTION_MAX - 100);
			if (current.length() + cut.length() + 1 > SECTION_MAX - 100) {
				if (blocks.size() == maxBlocks - 1) {
					break;
				}
				String text = current.toString();
				blocks.add(section((s) -> s.text(markdownText(text))));
				current.setLength(0);
			}
			current.append(current.isEmpty() ? "" : "\n").append(cut);
			shown++;
		}
		int left = lines.size() - shown;
		if (left > 0) {
			current.append("\n").append(more.apply(left));
		}
		if (!current.isEmpty()) {
			String text = current.toString();
			blocks.add(section((s) -> s.text(markdownText(text))));
		}
		return blocks;
	}

}
