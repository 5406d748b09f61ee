package io.violet.review;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import org.jspecify.annotations.Nullable;

import static io.violet.directory.Role.COMPLIANCE;
import static io.violet.directory.Role.DATA_SCIENTIST;
import static io.violet.directory.Role.ETHICS;
import static io.violet.directory.Role.HR;
import static io.violet.directory.Role.LEGAL;
import static io.violet.directory.Role.ML_ARCHITECT;
import static io.violet.directory.Role.ML_ENGINEER;
import static io.violet.directory.Role.SECURITY_ARCHITECT;
import static io.violet.directory.Role.SME;
import static io.violet.directory.Role.THREAT_ANALYST;
import static io.violet.directory.Role.UX_DESIGNER;
import static io.violet.initiative.Attribute.AFFECTS_PEOPLE;
import static io.violet.initiative.Attribute.CUSTOMER_FACING;
import static io.violet.initiative.Attribute.EMPLOYMENT;
import static io.violet.initiative.Attribute.EU_MARKET;
import static io.violet.initiative.Attribute.GENAI;
import static io.violet.initiative.Attribute.PERSONAL_DATA;
import static io.violet.initiative.Attribute.THIRD_PARTY_MODEL;

/**
 * The review routing table: each kind of review, when an initiative needs it, whose
 * sign-off it needs (one approval per role), the stage it gates, its default due period
 * and its basis. This is the one place the rules live; the table follows Violet's
 * CONTENT.md ("Reviews → triggers → sign-off roles → the stage they gate"), the basis
 * column names the public source of each rule.
 */
public enum ReviewKind {

	/** Basis: NIST AI RMF 1.0 MEASURE 2.7 (security and resilience); MITRE ATLAS. */
	THREAT_MODEL("threat-model", "Threat model", Stage.PRE_DEPLOYMENT, 10, "NIST AI RMF MEASURE 2.7; MITRE ATLAS",
			List.of(SECURITY_ARCHITECT, ML_ARCHITECT), List.of(), List.of(Trigger.always())),

	/** Basis: GDPR Art. 35 (DPIA); NIST AI RMF MEASURE 2.10 (privacy risk). */
	PRIVACY("privacy", "Privacy (DPIA)", Stage.PRE_DEPLOYMENT, 15, "GDPR Art. 35; NIST AI RMF MEASURE 2.10",
			List.of(Role.PRIVACY, LEGAL), List.of(), List.of(Trigger.when(PERSONAL_DATA))),

	/** Basis: NIST AI RMF MEASURE 2.11 (fairness and bias); EU AI Act Art. 10. */
	BIAS("bias", "Bias and fairness", Stage.PRE_DEPLOYMENT, 10, "NIST AI RMF MEASURE 2.11; EU AI Act Art. 10",
			List.of(DATA_SCIENTIST, ETHICS, COMPLIANCE), List.of(new ExtraRole(EMPLOYMENT, HR)),
			List.of(Trigger.when(AFFECTS_PEOPLE))),

	/** Basis: NIST AI RMF GOVERN 6.1 and 6.2 (third-party risk). */
	PROCUREMENT("procurement", "Procurement", Stage.PRE_DEPLOYMENT, 15, "NIST AI RMF GOVERN 6.1, 6.2",
			List.of(Role.PROCUREMENT, SECURITY_ARCHITECT, LEGAL), List.of(), List.of(Trigger.when(THIRD_PARTY_MODEL))),

	/** Basis: MITRE ATLAS mitigations M0023 (AI BOM), M0025; OWASP LLM03, LLM04. */
	SUPPLY_CHAIN("supply-chain", "ML supply chain", Stage.PRE_DEPLOYMENT, 10,
			"MITRE ATLAS M0023, M0025; OWASP LLM03, LLM04", List.of(ML_ENGINEER, SECURITY_ARCHITECT), List.of(),
			List.of(Trigger.when(THIRD_PARTY_MODEL))),

	/**
	 * Basis: EU AI Act Art. 5, 6, 50 and Annex III; Art. 27 (FRIA) for some deployers.
	 */
	EU_AI_ACT("eu-ai-act", "EU AI Act conformity", Stage.PRE_DEPLOYMENT, 15,
			"EU AI Act Art. 5, 6, 50, Annex III; Art. 27", List.of(LEGAL, COMPLIANCE), List.of(),
			List.of(Trigger.when(EU_MARKET), Trigger.risk(RiskTier.HIGH))),

	/** Basis: Violet's seed rule: security must not compromise the user experience. */
	UX("ux", "User experience", Stage.PRE_DEPLOYMENT, 5, "Violet seed rule (security must not break the UX)",
			List.of(UX_DESIGNER, SME), List.of(), List.of(Trigger.when(CUSTOMER_FACING))),

	/** Basis: MITRE ATLAS mitigations M0014, M0016; OWASP LLM03. */
	MODEL_SCAN("model-scan", "Model scan", Stage.IN_PRODUCTION, 5, "MITRE ATLAS M0014, M0016; OWASP LLM03",
			List.of(THREAT_ANALYST, ML_ENGINEER), List.of(),
			List.of(Trigger.when(GENAI), Trigger.when(THIRD_PARTY_MODEL))),

	/** Basis: NIST AI RMF MANAGE 4.1, 4.3 (post-deployment monitoring). */
	MONITORING_PLAN("monitoring-plan", "Monitoring plan", Stage.IN_PRODUCTION, 10, "NIST AI RMF MANAGE 4.1, 4.3",
			List.of(ML_ENGINEER, SECURITY_ARCHITECT), List.of(), List.of(Trigger.always())),

	/**
	 * Basis: violet teaming (A. Titus) — every stakeholder lens on one system; NIST AI
	 * RMF MAP 1.2 (interdisciplinary context), GOVERN 3.1 (diverse teams). No role signs
	 * it: Violet signs it off from the outcome of the initiative's violet-team session.
	 */
	VIOLET_TEAM("violet-team", "Violet team", Stage.IN_PRODUCTION, 10,
			"NIST AI RMF MAP 1.2, GOVERN 3.1; violet teaming",
			"every lens of its violet-team session has answered and no high or critical finding is open",
			List.of(Trigger.risk(RiskTier.HIGH)));

	private final String key;

	private final String title;

	private final Stage gates;

	private final int defaultDueDays;

	private final String basis;

	private final List<Role> roles;

	private final List<ExtraRole> extraRoles;

	private final List<Trigger> triggers;

	private final @Nullable String automaticRule;

	ReviewKind(String key, String title, Stage gates, int defaultDueDays, String basis, String automaticRule,
			List<Trigger> triggers) {
		this(key, title, gates, defaultDueDays, basis, List.of(), List.of(), triggers, automaticRule);
	}

	ReviewKind(String key, String title, Stage gates, int defaultDueDays, String basis, List<Role> roles,
			List<ExtraRole> extraRoles, List<Trigger> triggers) {
		this(key, title, gates, defaultDueDays, basis, roles, extraRoles, triggers, null);
	}

	ReviewKind(String key, String title, Stage gates, int defaultDueDays, String basis, List<Role> roles,
			List<ExtraRole> extraRoles, List<Trigger> triggers, @Nullable String automaticRule) {
		this.key = key;
		this.title = title;
		this.gates = gates;
		this.defaultDueDays = defaultDueDays;
		this.basis = basis;
		this.roles = roles;
		this.extraRoles = extraRoles;
		this.triggers = triggers;
		this.automaticRule = automaticRule;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	/**
	 * The stage this review must be approved before.
	 * @return {@link Stage#PRE_DEPLOYMENT} or {@link Stage#IN_PRODUCTION}
	 */
	public Stage gates() {
		return this.gates;
	}

	public int defaultDueDays() {
		return this.defaultDueDays;
	}

	public String basis() {
		return this.basis;
	}

	/**
	 * The roles whose sign-off this review needs for an initiative.
	 * @param initiative the initiative
	 * @return the roles, one approval each
	 */
	public List<Role> rolesFor(InitiativeDetails initiative) {
		Set<Role> all = new LinkedHashSet<>(this.roles);
		this.extraRoles.stream().filter((e) -> initiative.has(e.when())).forEach((e) -> all.add(e.role()));
		return List.copyOf(all);
	}

	/**
	 * Why an initiative needs this review by its attributes.
	 * @param initiative the initiative
	 * @return the reasons (plain words), empty when it does not need it
	 */
	public List<String> reasonsFor(InitiativeDetails initiative) {
		List<String> reasons = new ArrayList<>();
		for (Trigger trigger : this.triggers) {
			if (trigger.test().test(initiative)) {
				reasons.add(trigger.why());
			}
		}
		return reasons;
	}

	/**
	 * Whether Violet signs this review off by itself (no role decides it), from what
	 * another module reports through {@link Reviews#settle}.
	 * @return true for automatic kinds
	 */
	public boolean automatic() {
		return this.automaticRule != null;
	}

	/**
	 * When Violet signs an automatic review off, for requests and the stage gate.
	 * @return e.g. "every lens … has answered", empty for kinds that roles decide
	 */
	public String automaticRule() {
		return (this.automaticRule != null) ? this.automaticRule : "";
	}

	public static Optional<ReviewKind> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((k) -> k.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(ReviewKind::key).collect(Collectors.joining(" "));
	}

	/**
	 * When a review applies.
	 *
	 * @param test whether it applies to an initiative
	 * @param why the reason, as the thread shows it
	 */
	record Trigger(Predicate<InitiativeDetails> test, String why) {

		static Trigger always() {
			return new Trigger((i) -> true, "every AI initiative needs one");
		}

		static Trigger when(Attribute attribute) {
			return new Trigger((i) -> i.has(attribute),
					attribute.title().toLowerCase(Locale.ROOT) + " (`" + attribute.flag() + "`)");
		}

		static Trigger risk(RiskTier tier) {
			return new Trigger((i) -> i.riskTier() == tier, "EU AI Act risk tier " + tier.key());
		}

	}

	/**
	 * A role a review needs only for initiatives with an attribute.
	 *
	 * @param when the attribute
	 * @param role the extra role
	 */
	record ExtraRole(Attribute when, Role role) {

	}

}
