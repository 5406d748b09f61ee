package io.violet.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.initiative.ComponentAdded;
import io.violet.initiative.InitiativeCreated;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import io.violet.initiative.ThreadMessage;
import io.violet.testing.ModuleTestSupport;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The review module and the modules it uses, reacting to the events of others: a new
 * initiative is routed, a component added to the ML-BOM requires the reviews it calls
 * for, and a role's first owner is asked for what the role owes. The initiative module's
 * API is a stand-in, so the initiatives are whatever the test says they are and no thread
 * is written to.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class ReviewModuleTests extends ModuleTestSupport {

	private static final AtomicInteger KEYS = new AtomicInteger(900);

	@MockitoBean
	Initiatives initiatives;

	@Autowired
	Reviews reviews;

	@Autowired
	Directory directory;

	@Test
	void aNewInitiativeIsRoutedWhenItIsCreated(Scenario scenario) {
		String key = initiative(Set.of(Attribute.PERSONAL_DATA));

		scenario.publish(new InitiativeCreated(key, "UCREATOR"))
			.andWaitForStateChange(() -> kinds(key), (kinds) -> !kinds.isEmpty())
			.andVerify((kinds) -> assertThat(kinds).containsExactlyInAnyOrder(ReviewKind.THREAT_MODEL,
					ReviewKind.MONITORING_PLAN, ReviewKind.PRIVACY));
	}

	@Test
	void anOutsideModelInTheBomRequiresSupplyChainAndProcurementReviews(Scenario scenario) {
		String key = initiative(Set.of());

		scenario.publish(new ComponentAdded(key, "model", "llama", "3.1", true, false, "UOWNER"))
			.andWaitForStateChange(() -> kinds(key), (kinds) -> kinds.size() == 2)
			.andVerify((kinds) -> assertThat(kinds).containsExactlyInAnyOrder(ReviewKind.SUPPLY_CHAIN,
					ReviewKind.PROCUREMENT));
	}

	@Test
	void aDatasetWithPersonalDataRequiresAPrivacyReviewOnce(Scenario scenario) {
		String key = initiative(Set.of());
		this.reviews.require(key, ReviewKind.PRIVACY, "asked for by hand", "UOWNER");

		scenario.publish(new ComponentAdded(key, "dataset", "claims", "2024", false, true, "UOWNER"))
			.andWaitForStateChange(() -> this.reviews.of(key), (reviews) -> reviews.size() == 1)
			.andVerify((reviews) -> assertThat(reviews).singleElement()
				.extracting(ReviewSummary::kind)
				.isEqualTo(ReviewKind.PRIVACY));
	}

	@Test
	void aRolesFirstOwnerIsAskedForTheSignOffsItOwes(Scenario scenario) {
		String key = initiative(Set.of());
		this.reviews.require(key, ReviewKind.UX, "a kiosk", "UOWNER");
		String designer = "UDESIGNER" + KEYS.incrementAndGet();

		scenario
			.stimulate(() -> this.directory.assign(Role.UX_DESIGNER, List.of(designer), false,
					io.violet.testing.SlackTestSupport.ADMIN))
			.andWaitForStateChange(() -> directMessagesTo(key, designer), (messages) -> !messages.isEmpty())
			.andVerify((messages) -> assertThat(messages).singleElement()
				.satisfies((message) -> assertThat(message.text()).contains("User experience review")));
	}

	/**
	 * An initiative only the initiative module's stand-in knows.
	 */
	private String initiative(Set<Attribute> attributes) {
		String key = "AI-" + KEYS.incrementAndGet();
		InitiativeDetails details = new InitiativeDetails(key, "Claims triage " + key, "Sorts claims", "UOWNER",
				RiskTier.LIMITED, Stage.PROPOSED, attributes, "UCREATOR", Instant.parse("2031-01-05T09:00:00Z"), null,
				null);
		given(this.initiatives.details(key)).willReturn(Optional.of(details));
		given(this.initiatives.find(key)).willReturn(Optional.of(details.summary()));
		return key;
	}

	private Set<ReviewKind> kinds(String key) {
		return this.reviews.of(key)
			.stream()
			.map(ReviewSummary::kind)
			.collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(ReviewKind.class)));
	}

	/**
	 * The direct messages the review module asked the initiative module to send.
	 */
	private List<ThreadMessage> directMessagesTo(String key, String userId) {
		return Mockito.mockingDetails(this.initiatives)
			.getInvocations()
			.stream()
			.filter((call) -> call.getMethod().getName().equals("sendDirect"))
			.map(Invocation::getArguments)
			.filter((args) -> key.equals(args[0]) && userId.equals(args[2]))
			.map((args) -> (ThreadMessage) args[3])
			.toList();
	}

}
