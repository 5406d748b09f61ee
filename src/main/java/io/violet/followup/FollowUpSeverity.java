package io.violet.followup;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much a follow-up matters. High and critical ones hold an initiative back from
 * production while they are open.
 */
public enum FollowUpSeverity {

	LOW("low"),

	MEDIUM("medium"),

	HIGH("high"),

	CRITICAL("critical");

	private final String key;

	FollowUpSeverity(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	/**
	 * Whether an open follow-up of this severity holds its initiative back from
	 * production.
	 * @return true for high and critical
	 */
	public boolean blocksProduction() {
		return this == HIGH || this == CRITICAL;
	}

	public static Optional<FollowUpSeverity> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((s) -> s.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(FollowUpSeverity::key).collect(Collectors.joining("|"));
	}

}
