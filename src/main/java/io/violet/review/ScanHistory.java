package io.violet.review;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The model scan results recorded for an initiative's components, for evidence.
 */
public interface ScanHistory {

	/**
	 * An initiative's scan results.
	 * @param initiativeKey e.g. {@code AI-7}, as stored
	 * @return newest first
	 */
	List<ScanEntry> of(String initiativeKey);

	/**
	 * One scan result.
	 *
	 * @param component the component's {@code name@version}
	 * @param tool the scanner
	 * @param passed whether it passed
	 * @param summary what the scanner said, or null
	 * @param critical critical findings
	 * @param high high findings
	 * @param medium medium findings
	 * @param low low findings
	 * @param reportUrl the full report, or null
	 * @param reportedBy a Slack user id or {@code pipeline:<name>}
	 * @param recordedAt when it was recorded
	 */
	record ScanEntry(String component, String tool, boolean passed, @Nullable String summary, int critical, int high,
			int medium, int low, @Nullable String reportUrl, String reportedBy, Instant recordedAt) {

	}

}
