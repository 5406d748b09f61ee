package io.violet.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.Initiatives;
import io.violet.review.ReviewDecided;
import io.violet.review.ReviewKind;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;
import io.violet.testing.ModuleTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/**
 * The follow-up module and the modules it uses, turning other modules' events into
 * follow-ups: a violet-team finding is tracked until it is resolved, and a review sent
 * back with "Request changes" becomes work for the initiative's owner. The initiative
 * module's API is a stand-in that knows the test's initiatives.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class FollowUpModuleTests extends ModuleTestSupport {

	private static final AtomicInteger KEYS = new AtomicInteger(700);

	private static final String OWNER = "UOWNER";

	@MockitoBean
	Initiatives initiatives;

	@Autowired
	FollowUps followUps;

	@Test
	void aFindingIsTrackedAsAFollowUpOfItsOwnerUntilItIsResolved(Scenario scenario) {
		String key = initiative();
		LocalDate due = LocalDate.of(2031, 3, 14);

		scenario
			.publish(new FindingRaised(key, 5, 2, "privacy", "high", "Claim notes name third parties", "URAISER",
					"UFIXER", due))
			.andWaitForStateChange(() -> this.followUps.ofInitiative(key, "UFIXER"), (list) -> !list.isEmpty())
			.andVerify((list) -> assertThat(list).singleElement().satisfies((followUp) -> {
				assertThat(followUp.text()).isEqualTo("Claim notes name third parties");
				assertThat(followUp.ownerId()).isEqualTo("UFIXER");
				assertThat(followUp.severity()).isEqualTo(FollowUpSeverity.HIGH);
				assertThat(followUp.due()).isEqualTo(due);
				assertThat(followUp.source()).isEqualTo(FollowUpSource.FINDING);
				assertThat(followUp.createdBy()).isEqualTo("URAISER");
				assertThat(followUp.open()).isTrue();
			}));
		FollowUp tracked = this.followUps.ofInitiative(key, "UFIXER").get(0);

		scenario.publish(new FindingResolved(key, 5, 2, "UFIXER", "Notes are redacted before training"))
			.andWaitForStateChange(() -> this.followUps.find(tracked.key(), "UFIXER").orElseThrow(),
					(followUp) -> followUp.done())
			.andVerify((followUp) -> {
				assertThat(followUp.closedBy()).isEqualTo("UFIXER");
				assertThat(followUp.note()).contains("Notes are redacted before training");
			});
	}

	@Test
	void aReviewSentBackBecomesAFollowUpOfTheInitiativesOwner(Scenario scenario) {
		String key = initiative();

		scenario
			.publish(new ReviewDecided(31, key, ReviewKind.PRIVACY, false, "ULAWYER", false,
					"Name the lawful basis of the claim notes", Instant.parse("2031-02-03T10:00:00Z")))
			.andWaitForStateChange(() -> this.followUps.ofInitiative(key, OWNER), (list) -> !list.isEmpty())
			.andVerify((list) -> assertThat(list).singleElement().satisfies((followUp) -> {
				assertThat(followUp.text()).isEqualTo("Name the lawful basis of the claim notes");
				assertThat(followUp.ownerId()).isEqualTo(OWNER);
				assertThat(followUp.source()).isEqualTo(FollowUpSource.REVIEW);
				assertThat(followUp.createdBy()).isEqualTo("ULAWYER");
				assertThat(followUp.due()).isNotNull();
			}));
	}

	/**
	 * An initiative only the initiative module's stand-in knows.
	 */
	private String initiative() {
		String key = "AI-" + KEYS.incrementAndGet();
		given(this.initiatives.find(key)).willReturn(Optional
			.of(new InitiativeSummary(key, "Claims triage", OWNER, "limited", "proposed", true, false, false)));
		return key;
	}

}
