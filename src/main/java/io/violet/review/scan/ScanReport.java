package io.violet.review.scan;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One scan result as reported, before it is stored.
 *
 * @param initiativeKey e.g. {@code AI-3}
 * @param componentName the scanned component's name
 * @param componentVersion its version
 * @param tool the scanner, e.g. {@code modelscan}
 * @param outcome pass or fail
 * @param summary what the scanner said, may be null
 * @param findings how many findings by severity
 * @param reportUrl the full report, may be null
 * @param idempotencyKey the reporter's key for this result, so that a retried report is
 * stored once; may be null
 */
public record ScanReport(String initiativeKey, String componentName, String componentVersion, String tool,
		ScanOutcome outcome, @Nullable String summary, Findings findings, @Nullable String reportUrl,
		@Nullable String idempotencyKey) {

	public static final int TOOL_MAX = 100;

	public static final int SUMMARY_MAX = 3000;

	public static final int URL_MAX = 1000;

	public static final int IDEMPOTENCY_KEY_MAX = 200;

	public static final Pattern TOOL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/:+-]{0," + (TOOL_MAX - 1) + "}");

	public String coordinates() {
		return this.componentName + "@" + this.componentVersion;
	}

	/**
	 * What is wrong with the report's free fields, in plain words.
	 * @return the problems, empty when it is fine
	 */
	public List<String> problems() {
		List<String> problems = new ArrayList<>();
		if (!TOOL.matcher(this.tool).matches()) {
			problems.add("tool must be 1 to " + TOOL_MAX + " letters, digits and . _ - / : +");
		}
		if (this.summary != null && this.summary.length() > SUMMARY_MAX) {
			problems.add("summary must be at most " + SUMMARY_MAX + " characters");
		}
		if (this.reportUrl != null && !httpUrl(this.reportUrl)) {
			problems.add("reportUrl must be an http(s) URL of at most " + URL_MAX + " characters");
		}
		if (this.idempotencyKey != null && this.idempotencyKey.length() > IDEMPOTENCY_KEY_MAX) {
			problems.add("Idempotency-Key must be at most " + IDEMPOTENCY_KEY_MAX + " characters");
		}
		return problems;
	}

	/**
	 * Splits {@code name@version} at its last {@code @}.
	 * @param coordinates what was given
	 * @return the name and the version, or null when it is not {@code name@version}
	 */
	public static String @Nullable [] split(String coordinates) {
		int at = coordinates.lastIndexOf('@');
		if (at <= 0 || at == coordinates.length() - 1 || coordinates.length() > 301) {
			return null;
		}
		return new String[] { coordinates.substring(0, at), coordinates.substring(at + 1) };
	}

	private static boolean httpUrl(String url) {
		if (url.length() > URL_MAX) {
			return false;
		}
		try {
			URI uri = new URI(url);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Findings by severity.
	 *
	 * @param critical critical findings
	 * @param high high findings
	 * @param medium medium findings
	 * @param low low findings
	 */
	public record Findings(int critical, int high, int medium, int low) {

		public static final Findings NONE = new Findings(0, 0, 0, 0);

		public int total() {
			return this.critical + this.high + this.medium + this.low;
		}

	}

}
