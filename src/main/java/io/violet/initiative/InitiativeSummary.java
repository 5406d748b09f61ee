package io.violet.initiative;

/**
 * An AI initiative as other modules see it.
 *
 * @param key e.g. {@code AI-7}
 * @param name its name
 * @param ownerId the owner's Slack user id
 * @param riskTier {@code minimal}, {@code limited}, {@code high} or {@code prohibited}
 * @param stage {@code proposed}, {@code in-development}, {@code pre-deployment},
 * {@code in-production} or {@code retired}
 * @param personalData whether it processes personal data
 * @param employment whether it is used in employment (hiring, HR decisions)
 * @param affectsPeople whether it makes or supports decisions about people
 */
public record InitiativeSummary(String key, String name, String ownerId, String riskTier, String stage,
		boolean personalData, boolean employment, boolean affectsPeople) {

	public boolean highRisk() {
		return "high".equals(this.riskTier);
	}

}
