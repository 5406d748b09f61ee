package io.violet.followup.evidence;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

import io.violet.followup.FollowUp;
import io.violet.initiative.InitiativeDetails;
import io.violet.review.ReviewRecord;
import io.violet.teaming.Finding;

/**
 * The pack's {@code index.md}: who it was built for and when, a summary of what stands
 * (reviews approved, follow-ups open, findings, what was left out and why), and every
 * file with its size and what it holds.
 */
final class EvidenceIndex {

	private EvidenceIndex() {
	}

	static void write(Summary summary, Map<String, Long> files, Writer out) throws IOException {
		InitiativeDetails initiative = summary.initiative();
		out.write("# Evidence pack: " + initiative.key() + " " + IncidentRecord.line(initiative.name()) + "\n\n");
		out.write("Built by Violet at " + summary.request().requestedAt() + " for " + summary.request().requesterId()
				+ ". Times are UTC. `SHA256SUMS` holds the SHA-256 of every other file; check it with "
				+ "`sha256sum -c SHA256SUMS` in this folder.\n\n");
		out.write("## Summary\n\n");
		out.write("- Stage: " + initiative.stage().title() + "; EU AI Act risk tier: " + initiative.riskTier().title()
				+ "; owner " + initiative.ownerId() + "\n");
		long approved = summary.reviews().stream().filter(ReviewRecord::approved).count();
		out.write("- Reviews: " + approved + " of " + summary.reviews().size() + " approved\n");
		long open = summary.followUps().stream().filter(FollowUp::open).count();
		long blocking = summary.followUps().stream().filter((f) -> f.open() && f.severity().blocksProduction()).count();
		out.write("- Follow-ups: " + open + " open (" + blocking + " high or critical), "
				+ (summary.followUps().size() - open) + " done\n");
		if (summary.teaming()) {
			long openFindings = summary.findings().stream().filter(Finding::open).count();
			out.write("- Violet-team findings: " + openFindings + " open, " + (summary.findings().size() - openFindings)
					+ " resolved\n");
		}
		for (Map.Entry<String, Integer> count : summary.counts().entrySet()) {
			out.write("- " + capitalised(count.getKey()) + ": " + count.getValue() + "\n");
		}
		if (summary.hiddenIncidents() > 0) {
			out.write("- Private incidents left out: " + summary.hiddenIncidents() + " (with "
					+ summary.hiddenFollowUps() + " follow-ups). A private incident is shown only to the people "
					+ "in its room and to admins; one of them can build a pack that holds it.\n");
		}
		if (!summary.bomViolations().isEmpty()) {
			out.write("- The ML-BOM did not pass the CycloneDX 1.6 schema check: "
					+ String.join("; ", summary.bomViolations()) + "\n");
		}
		out.write("\n## Files\n\n");
		for (Map.Entry<String, Long> file : files.entrySet()) {
			out.write("- `" + file.getKey() + "` (" + file.getValue() + " bytes): " + describe(file.getKey()) + "\n");
		}
		out.write("- `index.md`: this file\n");
		out.write("- `" + EvidenceZip.SUMS + "`: SHA-256 of every file above\n");
	}

	private static String describe(String name) {
		if (name.startsWith("incidents/")) {
			return "a linked incident: facts, regulatory clocks in the regulation's terms, checklist, timeline, "
					+ "post-mortem";
		}
		return switch (name) {
			case "initiative.md" -> "the initiative, its attributes, its EU AI Act risk tier and that tier's basis, "
					+ "and the reviews they require";
			case "reviews.md" -> "every review with its sign-offs (who, when, what they wrote) and its history";
			case "review-signoffs.csv" -> "the same sign-offs, one row each";
			case "findings.csv" -> "violet-team findings with their state and mitigation";
			case "ml-bom.cdx.json" -> "the ML-BOM, CycloneDX 1.6 JSON";
			case "scans.csv" -> "model scan results of its components";
			case "follow-ups.csv" -> "follow-ups with their state";
			case "training.csv" -> "training status of the people holding the initiative's roles";
			case "audit.csv" -> "the audit trail of the initiative, its reviews, findings and follow-ups";
			default -> "";
		};
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/**
	 * What the index sums up.
	 *
	 * @param initiative the initiative
	 * @param request who asked, when
	 * @param counts what the pack counts, in the order shown
	 * @param hiddenIncidents private incidents left out for the requester
	 * @param hiddenFollowUps their follow-ups, left out too
	 * @param bomViolations schema violations of the ML-BOM, empty when it passed
	 * @param reviews the reviews
	 * @param followUps the follow-ups shown
	 * @param findings the violet-team findings
	 * @param teaming whether violet teaming is part of this Violet
	 */
	record Summary(InitiativeDetails initiative, EvidenceRequest request, Map<String, Integer> counts,
			int hiddenIncidents, int hiddenFollowUps, List<String> bomViolations, List<ReviewRecord> reviews,
			List<FollowUp> followUps, List<Finding> findings, boolean teaming) {

	}

}
