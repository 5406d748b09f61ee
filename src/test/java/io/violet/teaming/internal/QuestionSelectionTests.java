package io.violet.teaming.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.violet.initiative.Attribute;
import io.violet.initiative.ComponentInventory.InventoryComponent;
import io.violet.initiative.RiskTier;
import io.violet.teaming.Lens;
import io.violet.teaming.Threat;
import org.junit.jupiter.api.Test;

import static io.violet.initiative.Attribute.AFFECTS_PEOPLE;
import static io.violet.initiative.Attribute.CUSTOMER_FACING;
import static io.violet.initiative.Attribute.EMPLOYMENT;
import static io.violet.initiative.Attribute.EU_MARKET;
import static io.violet.initiative.Attribute.GENAI;
import static io.violet.initiative.Attribute.PERSONAL_DATA;
import static io.violet.initiative.Attribute.THIRD_PARTY_MODEL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which questions each lens asks, for initiatives of different shapes. The expected sets
 * are worked out here by hand from what each system is (not read from the data files), so
 * a change to a question's conditions shows up as a failure to look at.
 */
class QuestionSelectionTests {

	private final QuestionBank bank = new QuestionBank();

	@Test
	void thirdPartyGenAiChatbotWithAVectorStore() {
		Profile profile = profile(EnumSet.of(GENAI, CUSTOMER_FACING, THIRD_PARTY_MODEL), RiskTier.LIMITED,
				component("model", "gpt-4o", true, false, "chat"),
				component("service", "pinecone-index", true, false, null));

		assertThat(profile.facts()).contains("trait:vector-store", "outside-model")
			.doesNotContain("trait:agent-tools", "trait:inference-api");
		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model", "sec-supply-chain",
				"sec-unsafe-artifacts", "sec-model-tampering", "sec-prompt-injection", "sec-jailbreak",
				"sec-system-prompt", "sec-rag-poisoning", "sec-output-handling", "sec-model-extraction",
				"sec-data-leakage", "sec-unbounded-consumption");
		assertThat(ids(Lens.PRIVACY, profile)).containsExactly("priv-personal-data", "priv-prompt-memory");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed", "eth-societal-harm",
				"eth-harmful-content");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback", "ux-transparency-notice",
				"ux-overreliance", "ux-business-continuity");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-model-provenance", "ml-evaluation",
				"ml-robustness", "ml-genai-evaluation", "ml-drift", "ml-rollback", "ml-index-rebuild",
				"ml-vendor-changes");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier", "leg-jurisdictions",
				"leg-third-party-terms", "leg-gpai");
		assertThat(atlas(profile)).containsExactly("AML.T0010", "AML.T0011.000", "AML.T0018", "AML.T0051", "AML.T0054",
				"AML.T0056", "AML.T0070", "AML.T0024.002", "AML.T0057");
		assertThat(this.bank.threats(profile)).extracting(Threat::name)
			.contains("RAG poisoning", "LLM prompt injection (direct and indirect)", "System prompt extraction");
	}

	@Test
	void employmentScoringModel() {
		Profile profile = profile(EnumSet.of(AFFECTS_PEOPLE, EMPLOYMENT, PERSONAL_DATA, EU_MARKET), RiskTier.HIGH,
				component("model", "candidate-ranker", false, false, "ranking"),
				component("dataset", "applications-2024", false, true, null));

		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model", "sec-model-tampering",
				"sec-training-poisoning", "sec-evasion");
		assertThat(ids(Lens.PRIVACY, profile)).containsExactly("priv-personal-data", "priv-lawful-basis", "priv-dpia",
				"priv-reidentification", "priv-reconstitution", "priv-retention-erasure", "priv-automated-decisions");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed", "eth-bias", "eth-societal-harm",
				"eth-human-oversight", "eth-contestability", "eth-employment");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback", "ux-explanation");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-model-provenance", "ml-evaluation",
				"ml-robustness", "ml-drift", "ml-rollback");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier", "leg-high-risk", "leg-jurisdictions",
				"leg-workers", "leg-licences");
		assertThat(atlas(profile)).containsExactly("AML.T0018", "AML.T0020", "AML.T0015", "AML.T0043");
	}

	@Test
	void minimalRiskInternalToolGetsTheBaselineOnly() {
		Profile profile = profile(EnumSet.noneOf(Attribute.class), RiskTier.MINIMAL);

		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model");
		assertThat(ids(Lens.PRIVACY, profile)).containsExactly("priv-personal-data");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-evaluation", "ml-drift",
				"ml-rollback");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier");
		assertThat(this.bank.threats(profile)).isEmpty();
	}

	@Test
	void internalAgentWithToolsOnAnOutsideModel() {
		Profile profile = profile(EnumSet.of(GENAI), RiskTier.MINIMAL,
				component("library", "langchain", false, false, null),
				component("model", "llama-3-8b", true, false, null));

		assertThat(profile.facts()).contains("trait:agent-tools").doesNotContain("trait:vector-store");
		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model", "sec-supply-chain",
				"sec-unsafe-artifacts", "sec-model-tampering", "sec-prompt-injection", "sec-tool-invocation",
				"sec-output-handling", "sec-unbounded-consumption");
		assertThat(ids(Lens.PRIVACY, profile)).containsExactly("priv-personal-data");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback", "ux-transparency-notice",
				"ux-overreliance");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-model-provenance", "ml-evaluation",
				"ml-genai-evaluation", "ml-drift", "ml-rollback", "ml-vendor-changes");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier", "leg-third-party-terms", "leg-gpai",
				"leg-licences");
		assertThat(this.bank.threats(profile)).extracting(Threat::owasp)
			.anySatisfy((owasp) -> assertThat(owasp).containsExactly("LLM06"));
	}

	@Test
	void fraudScoringApiOverADataLakehouse() {
		Profile profile = profile(EnumSet.of(AFFECTS_PEOPLE, PERSONAL_DATA), RiskTier.LIMITED,
				component("service", "fraud-score-api", false, false, null),
				component("dataset", "transactions-lakehouse", false, true, null));

		assertThat(profile.facts()).contains("trait:inference-api", "trait:data-lake", "personal-data-dataset");
		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model", "sec-model-extraction",
				"sec-membership-inference", "sec-training-poisoning", "sec-evasion");
		assertThat(ids(Lens.PRIVACY, profile)).containsExactly("priv-personal-data", "priv-lawful-basis", "priv-dpia",
				"priv-reidentification", "priv-reconstitution", "priv-retention-erasure", "priv-output-inference",
				"priv-automated-decisions");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed", "eth-bias", "eth-societal-harm",
				"eth-contestability");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback", "ux-transparency-notice",
				"ux-explanation");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-evaluation", "ml-robustness",
				"ml-drift", "ml-rollback");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier", "leg-jurisdictions", "leg-licences");
		assertThat(atlas(profile)).containsExactly("AML.T0024.002", "AML.T0024.000", "AML.T0020", "AML.T0015",
				"AML.T0043");
	}

	@Test
	void prohibitedSocialScoring() {
		Profile profile = profile(EnumSet.of(AFFECTS_PEOPLE, EU_MARKET), RiskTier.PROHIBITED);

		assertThat(ids(Lens.SECURITY, profile)).containsExactly("sec-threat-model", "sec-evasion");
		assertThat(ids(Lens.ETHICS, profile)).containsExactly("eth-who-is-harmed", "eth-bias", "eth-societal-harm",
				"eth-contestability");
		assertThat(ids(Lens.UX, profile)).containsExactly("ux-control-cost", "ux-fallback", "ux-explanation");
		assertThat(ids(Lens.ML, profile)).containsExactly("ml-data-provenance", "ml-evaluation", "ml-robustness",
				"ml-drift", "ml-rollback");
		assertThat(ids(Lens.LEGAL, profile)).containsExactly("leg-risk-tier", "leg-prohibited", "leg-jurisdictions");
	}

	@Test
	void everyQuestionCarriesASourceAndAWhyAndEveryLensAsksSomethingOfAnySystem() {
		Profile nothing = profile(EnumSet.noneOf(Attribute.class), RiskTier.MINIMAL);
		for (Lens lens : Lens.values()) {
			assertThat(this.bank.select(lens, nothing)).as(lens.key()).isNotEmpty();
			assertThat(this.bank.all(lens)).allSatisfy((q) -> {
				assertThat(q.source()).isNotBlank();
				assertThat(q.why()).isNotBlank().hasSizeLessThanOrEqualTo(QuestionBank.WHY_MAX);
				assertThat(q.id()).startsWith(lens == Lens.LEGAL ? "leg-" : lens == Lens.PRIVACY ? "priv-"
						: lens == Lens.ETHICS ? "eth-" : lens == Lens.SECURITY ? "sec-" : lens.key() + "-");
			});
		}
	}

	@Test
	void alternativesAndNegatedFacts() {
		Question question = new Question("x", Lens.ML, "t", "w", "s",
				List.of(List.of("genai", "customer-facing"), List.of("affects-people", "!genai")), null);
		assertThat(question.appliesTo(Set.of("genai", "customer-facing"))).isTrue();
		assertThat(question.appliesTo(Set.of("genai"))).isFalse();
		assertThat(question.appliesTo(Set.of("affects-people"))).isTrue();
		assertThat(question.appliesTo(Set.of("affects-people", "genai"))).isFalse();
		assertThat(question.because(Set.of("affects-people"))).containsExactly("affects-people", "!genai");
	}

	private Profile profile(Set<Attribute> attributes, RiskTier tier, InventoryComponent... components) {
		return Profile.of(attributes, tier, List.of(components), this.bank.traits());
	}

	private static InventoryComponent component(String kind, String name, boolean outside, boolean personalData,
			@org.jspecify.annotations.Nullable String task) {
		return new InventoryComponent("AI-1", kind, name, "1.0", outside, personalData, task);
	}

	private List<String> ids(Lens lens, Profile profile) {
		return this.bank.select(lens, profile).stream().map(Question::id).toList();
	}

	private List<String> atlas(Profile profile) {
		return this.bank.threats(profile).stream().flatMap((t) -> t.atlas().stream()).toList();
	}

}
