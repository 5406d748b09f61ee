package io.violet.initiative;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * EU AI Act risk tiers (Regulation (EU) 2024/1689): prohibited practices (Art. 5),
 * high-risk systems (Art. 6 with Annexes I and III), transparency obligations (Art. 50)
 * and minimal risk.
 */
public enum RiskTier {

	MINIMAL("minimal", "Minimal"),

	LIMITED("limited", "Limited (transparency)"),

	HIGH("high", "High"),

	PROHIBITED("prohibited", "Prohibited");

	private final String key;

	private final String title;

	RiskTier(String key, String title) {
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
	 * The tier with a key; {@code transparency} is accepted for {@code limited}.
	 * @param key e.g. {@code high}
	 * @return the tier, or empty
	 */
	public static Optional<RiskTier> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		if (wanted.equals("transparency")) {
			return Optional.of(LIMITED);
		}
		return Arrays.stream(values()).filter((t) -> t.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(RiskTier::key).collect(Collectors.joining("|"));
	}

}
