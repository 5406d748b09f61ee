package io.violet.teaming;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How serious a finding is. High and critical findings hold the violet-team review.
 */
public enum Severity {

	LOW("low", "Low"), MEDIUM("medium", "Medium"), HIGH("high", "High"), CRITICAL("critical", "Critical");

	private final String key;

	private final String title;

	Severity(String key, String title) {
		this.key = key;
		this.title = title;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * Whether an open finding of this severity keeps the violet-team review from being
	 * signed off.
	 * @return true for high and critical
	 */
	public boolean holdsTheGate() {
		return this == HIGH || this == CRITICAL;
	}

	public static Optional<Severity> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.key.equals(wanted)).findFirst();
	}

}
