package io.violet.initiative;

import java.util.Optional;

import io.violet.Keyed;

/**
 * EU AI Act risk tiers (Regulation (EU) 2024/1689): prohibited practices (Art. 5),
 * high-risk systems (Art. 6 with Annexes I and III), transparency obligations (Art. 50)
 * and minimal risk.
 */
public enum RiskTier implements Keyed {

	MINIMAL("minimal", "Minimal",
			"EU AI Act: no obligations specific to the tier beyond AI literacy (Art. 4) "
					+ "and voluntary codes of conduct (Art. 95)"),

	LIMITED("limited", "Limited (transparency)",
			"EU AI Act Art. 50: transparency obligations (people are told they deal with an AI system; "
					+ "generated content is marked)"),

	HIGH("high", "High",
			"EU AI Act Art. 6 with Annex I or Annex III: high-risk AI system (risk management, "
					+ "data governance, documentation, human oversight, conformity assessment)"),

	PROHIBITED("prohibited", "Prohibited",
			"EU AI Act Art. 5: prohibited AI practice; it may not be placed on the market or used");

	private final String key;

	private final String title;

	private final String basis;

	RiskTier(String key, String title, String basis) {
		this.key = key;
		this.title = title;
		this.basis = basis;
	}

	/**
	 * The legal basis of the tier, in plain words, for evidence.
	 * @return the articles and what they mean for the initiative
	 */
	public String basis() {
		return this.basis;
	}

	@Override
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
		if (key.trim().equalsIgnoreCase("transparency")) {
			return Optional.of(LIMITED);
		}
		return Keyed.fromKey(RiskTier.class, key);
	}

	public static String allKeys() {
		return Keyed.allKeys(RiskTier.class, "|");
	}

}
