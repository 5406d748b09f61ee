package io.violet.followup.evidence;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.review.ReviewKind;

/**
 * The initiative as the pack records it ({@code initiative.md}): owner, stage, its
 * description, its EU AI Act risk tier with that tier's basis, its attributes, and the
 * reviews they require and why.
 */
final class InitiativeRecord {

	private InitiativeRecord() {
	}

	static void write(InitiativeDetails initiative, Writer out) throws IOException {
		out.write("# " + initiative.key() + " " + IncidentRecord.line(initiative.name()) + "\n\n");
		out.write("- Owner: " + initiative.ownerId() + "\n");
		out.write("- Stage: " + initiative.stage().title() + " (`" + initiative.stage().key() + "`)\n");
		out.write("- Created: " + initiative.createdAt() + " by " + initiative.createdBy() + "\n");
		if (!initiative.description().isBlank()) {
			out.write("\n## Description\n\n" + initiative.description() + "\n");
		}
		out.write("\n## EU AI Act risk tier\n\n" + initiative.riskTier().title() + " (`" + initiative.riskTier().key()
				+ "`)\n\nBasis: " + initiative.riskTier().basis() + ".\n");
		out.write("\n## Attributes\n\n");
		if (initiative.attributes().isEmpty()) {
			out.write("None recorded.\n");
		}
		for (Attribute attribute : Attribute.values()) {
			if (initiative.has(attribute)) {
				out.write("- " + attribute.title() + " (`" + attribute.flag() + "`)\n");
			}
		}
		out.write("\n## Reviews its attributes and risk tier require\n\n");
		for (ReviewKind kind : ReviewKind.values()) {
			List<String> reasons = kind.reasonsFor(initiative);
			if (!reasons.isEmpty()) {
				out.write("- " + kind.title() + " (gates " + kind.gates().title() + "): " + String.join("; ", reasons)
						+ ". Basis: " + kind.basis() + "\n");
			}
		}
	}

}
