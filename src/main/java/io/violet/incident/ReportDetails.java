package io.violet.incident;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * What a report said beyond an incident's type, severity and title: what happened, the
 * evidence, the initiative concerned, and the key that makes a report delivered twice the
 * same incident. Columns of the incident's own table.
 */
@Embeddable
class ReportDetails {

	private @Nullable String description;

	private @Nullable String reportKey;

	private @Nullable String initiativeKey;

	private @Nullable String initiativeText;

	private boolean initiativeHighRisk;

	private @Nullable String evidenceLink;

	private @Nullable String evidenceQuote;

	protected ReportDetails() {
	}

	ReportDetails(Report report) {
		this.description = report.description();
		this.reportKey = report.reportKey();
		this.initiativeKey = report.initiativeKey();
		this.initiativeText = report.initiativeText();
		this.evidenceLink = report.evidenceLink();
		this.evidenceQuote = report.evidenceQuote();
	}

	@Nullable String description() {
		return this.description;
	}

	boolean fromModal() {
		return this.reportKey != null && this.reportKey.startsWith("view:");
	}

	@Nullable String initiativeKey() {
		return this.initiativeKey;
	}

	@Nullable String initiativeText() {
		return this.initiativeText;
	}

	boolean initiativeHighRisk() {
		return this.initiativeHighRisk;
	}

	@Nullable String evidenceLink() {
		return this.evidenceLink;
	}

	@Nullable String evidenceQuote() {
		return this.evidenceQuote;
	}

	void linkInitiative(String key, boolean highRisk) {
		this.initiativeKey = key;
		this.initiativeHighRisk = highRisk;
	}

	boolean linkEvidence(String link) {
		if (this.evidenceLink != null) {
			return false;
		}
		this.evidenceLink = link;
		return true;
	}

}
