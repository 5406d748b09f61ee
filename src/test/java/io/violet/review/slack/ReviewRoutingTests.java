package io.violet.review.slack;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.violet.review.ReviewKind.BIAS;
import static io.violet.review.ReviewKind.EU_AI_ACT;
import static io.violet.review.ReviewKind.MODEL_SCAN;
import static io.violet.review.ReviewKind.MONITORING_PLAN;
import static io.violet.review.ReviewKind.PRIVACY;
import static io.violet.review.ReviewKind.PROCUREMENT;
import static io.violet.review.ReviewKind.SUPPLY_CHAIN;
import static io.violet.review.ReviewKind.THREAT_MODEL;
import static io.violet.review.ReviewKind.UX;
import static io.violet.review.ReviewKind.VIOLET_TEAM;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewRoutingTests extends InitiativeTestSupport {

	/**
	 * Who signs each review, as docs/review.md states it (written out here, not read from
	 * {@link ReviewKind}, so that a wrong rule in the code fails the test); the bias
	 * review adds hr for employment uses.
	 */
	private static final Map<ReviewKind, List<Role>> SIGNERS = Map.of(THREAT_MODEL,
			List.of(Role.SECURITY_ARCHITECT, Role.ML_ARCHITECT), PRIVACY, List.of(Role.PRIVACY, Role.LEGAL), BIAS,
			List.of(Role.DATA_SCIENTIST, Role.ETHICS, Role.COMPLIANCE), PROCUREMENT,
			List.of(Role.PROCUREMENT, Role.SECURITY_ARCHITECT, Role.LEGAL), SUPPLY_CHAIN,
			List.of(Role.ML_ENGINEER, Role.SECURITY_ARCHITECT), EU_AI_ACT, List.of(Role.LEGAL, Role.COMPLIANCE), UX,
			List.of(Role.UX_DESIGNER, Role.SME), MODEL_SCAN, List.of(Role.THREAT_ANALYST, Role.ML_ENGINEER),
			MONITORING_PLAN, List.of(Role.ML_ENGINEER, Role.SECURITY_ARCHITECT), VIOLET_TEAM, List.of());

	@Autowired
	Reviews reviews;

	private final Map<Role, String> owners = new EnumMap<>(Role.class);

	@BeforeEach
	void everyRoleHasAFreshOwner() {
		for (Role role : Role.values()) {
			String owner = user(
					role.key().replace("-", "").substring(0, Math.min(6, role.key().replace("-", "").length())));
			own(role, owner);
			this.owners.put(role, owner);
		}
	}

	@Test
	void aPlainInitiativeNeedsAThreatModelAndAMonitoringPlan() {
		routes("\"Churn model\"", EnumSet.of(THREAT_MODEL, MONITORING_PLAN));
	}

	@Test
	void personalDataAddsAPrivacyReviewSignedByPrivacyAndLegal() {
		routes("\"Support triage\" --personal-data", EnumSet.of(THREAT_MODEL, MONITORING_PLAN, PRIVACY));
	}

	@Test
	void decisionsAboutPeopleAddABiasReviewWithoutHrUnlessForEmployment() {
		String key = routes("\"Loan scoring\" --affects-people", EnumSet.of(THREAT_MODEL, MONITORING_PLAN, BIAS));
		InitiativeDetails details = this.initiatives.details(key).orElseThrow();
		assertThat(BIAS.rolesFor(details)).containsExactly(Role.DATA_SCIENTIST, Role.ETHICS, Role.COMPLIANCE);
		String request = awaitReplies(awaitThread(key), "*Bias and fairness review*").get(0).get("text");
		assertThat(request).doesNotContain("<@" + this.owners.get(Role.HR) + ">");
	}

	@Test
	void employmentUseAddsHrToTheBiasReview() {
		String key = routes("\"CV ranking\" --affects-people --employment",
				EnumSet.of(THREAT_MODEL, MONITORING_PLAN, BIAS));
		assertThat(BIAS.rolesFor(this.initiatives.details(key).orElseThrow())).contains(Role.HR);
	}

	@Test
	void aThirdPartyModelNeedsProcurementSupplyChainAndAModelScan() {
		routes("\"Vendor LLM\" --third-party-model",
				EnumSet.of(THREAT_MODEL, MONITORING_PLAN, PROCUREMENT, SUPPLY_CHAIN, MODEL_SCAN));
	}

	@Test
	void customerFacingGenerativeAiNeedsUxAndAModelScan() {
		routes("\"Shop assistant\" --genai --customer-facing",
				EnumSet.of(THREAT_MODEL, MONITORING_PLAN, MODEL_SCAN, UX));
	}

	@Test
	void theEuMarketOrHighRiskNeedsAnEuAiActReview() {
		routes("\"EU pricing\" --eu", EnumSet.of(THREAT_MODEL, MONITORING_PLAN, EU_AI_ACT));
		// high risk also needs the violet-team review, which Violet signs off from its
		// session
		routes("\"Exam proctoring\" --risk high", EnumSet.of(THREAT_MODEL, MONITORING_PLAN, EU_AI_ACT, VIOLET_TEAM));
	}

	@Test
	void everyAttributeNeedsEveryReview() {
		routes("\"Everything bot\" --personal-data --third-party-model --affects-people --employment --genai "
				+ "--customer-facing --eu --risk high", EnumSet.allOf(ReviewKind.class));
	}

	@Test
	void aRequestMentionsAFewOwnersPerRoleAndStillCarriesItsButtons() {
		for (int i = 0; i < 12; i++) {
			own(Role.SECURITY_ARCHITECT, user("CROWD"));
		}
		String key = create(user("CROWDED"), "\"Crowded\"");

		Map<String, String> request = awaitReplies(awaitThread(key), "*Threat model review* requested").get(0);
		assertThat(request.get("text"))
			.containsPattern("\\*Security architect\\*: (<@U[A-Z0-9]+>, ){7}<@U[A-Z0-9]+> and \\d+ more");
		assertThat(request.get("blocks")).contains("review_approve");
	}

	@Test
	void aRoleWithoutOwnerIsCalledOutInTheThreadAndToAdmins() {
		vacate(Role.UX_DESIGNER);
		String key = create(user("NOUX"), "\"Kiosk\" --customer-facing");

		String request = awaitReplies(awaitThread(key), "*User experience review*").get(0).get("text");
		assertThat(request).contains("*UX designer*: :warning: no owner")
			.contains("No one owns *UX designer*")
			.contains("<@" + this.owners.get(Role.SME) + ">");
		awaitDm(ADMIN, "*User experience review* of *" + key);

		String designer = user("DESIGNER");
		assertThat(command(ADMIN, "role assign ux-designer <@" + designer + "|d>").text()).contains("Added");
		assertThat(awaitDm(designer, "*User experience review* for *" + key + " ").get(0).get("blocks"))
			.contains("review_approve");
	}

	/**
	 * Creates an initiative and checks its reviews, the request in the thread (with the
	 * owners of each role mentioned) and the direct message to each owner.
	 */
	private String routes(String args, Set<ReviewKind> expected) {
		String key = create(user("ROUTER"), args);
		assertThat(this.reviews.of(key).stream().map(ReviewSummary::kind).collect(Collectors.toSet()))
			.isEqualTo(expected);
		InitiativeDetails details = this.initiatives.details(key).orElseThrow();
		String ts = awaitThread(key);
		for (ReviewKind kind : expected) {
			List<Map<String, String>> requests = awaitReplies(ts,
					"*" + kind.title() + " review* requested for *" + key);
			assertThat(requests).hasSize(1);
			String text = requests.get(0).get("text");
			assertThat(text).contains(kind.basis()).contains("*Why:*").contains("*Due:*");
			if (kind.automatic()) {
				// no role decides it: no buttons, no one asked by DM
				assertThat(requests.get(0).get("blocks")).doesNotContain("review_approve");
				continue;
			}
			assertThat(requests.get(0).get("blocks")).contains("review_approve")
				.contains("review_request_changes")
				.contains("review_comment");
			List<Role> signers = signers(kind, args);
			assertThat(kind.rolesFor(details)).as("signers of %s", kind).containsExactlyInAnyOrderElementsOf(signers);
			EnumSet<Role> others = EnumSet.allOf(Role.class);
			signers.forEach(others::remove);
			for (Role role : others) {
				assertThat(text).as(kind + " does not ask " + role).doesNotContain("<@" + this.owners.get(role) + ">");
			}
			for (Role role : signers) {
				String owner = this.owners.get(role);
				String primary = this.directory.holders(role).primary().orElseThrow();
				assertThat(text).as(kind + " mentions the primary of " + role).contains("<@" + primary + ">");
				assertThat(awaitDm(owner, "*" + kind.title() + " review* for *" + key + " ").get(0).get("blocks"))
					.contains("review_approve");
			}
		}
		for (ReviewKind kind : EnumSet.complementOf(EnumSet.copyOf(expected))) {
			assertThat(replies(ts)).noneMatch((c) -> c.get("text").contains("*" + kind.title() + " review*"));
		}
		return key;
	}

	private static List<Role> signers(ReviewKind kind, String args) {
		List<Role> signers = new java.util.ArrayList<>(SIGNERS.get(kind));
		if (kind == BIAS && args.contains("--employment")) {
			signers.add(Role.HR);
		}
		return signers;
	}

}
