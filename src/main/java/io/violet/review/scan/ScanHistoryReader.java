package io.violet.review.scan;

import java.util.List;

import io.violet.review.ScanHistory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an initiative's stored scan results for other modules (the evidence pack).
 */
@Component
class ScanHistoryReader implements ScanHistory {

	private final ScanResultRepository results;

	ScanHistoryReader(ScanResultRepository results) {
		this.results = results;
	}

	@Override
	@Transactional(readOnly = true)
	public List<ScanEntry> of(String initiativeKey) {
		return this.results.findByInitiativeKeyOrderByRecordedAtDescIdDesc(initiativeKey)
			.stream()
			.map((r) -> new ScanEntry(r.coordinates(), r.tool(), r.outcome() == ScanOutcome.PASS, r.summary(),
					r.findings().critical(), r.findings().high(), r.findings().medium(), r.findings().low(),
					r.reportUrl(), r.reportedBy(), r.recordedAt()))
			.toList();
	}

}
