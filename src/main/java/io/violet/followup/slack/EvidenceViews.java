package io.violet.followup.slack;

import io.violet.followup.evidence.EvidencePack;
import io.violet.followup.evidence.EvidenceRequest;

/**
 * The message that comes with an evidence pack.
 */
final class EvidenceViews {

	private EvidenceViews() {
	}

	static String comment(EvidenceRequest request, EvidencePack.Contents contents) {
		StringBuilder text = new StringBuilder(":package: Evidence pack of *").append(request.initiativeKey())
			.append("*: ")
			.append(contents.files().size())
			.append(" files");
		contents.counts().forEach((what, n) -> text.append(" · ").append(n).append(' ').append(what));
		text.append(". `index.md` says what is inside; `SHA256SUMS` lets anyone check the files.");
		if (contents.hiddenIncidents() > 0) {
			text.append("\n:lock: ")
				.append(contents.hiddenIncidents())
				.append((contents.hiddenIncidents() == 1) ? " private incident is" : " private incidents are")
				.append(" left out: only their rooms' members and admins see them.");
		}
		return text.toString();
	}

}
