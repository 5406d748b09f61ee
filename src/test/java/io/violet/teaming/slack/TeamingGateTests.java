package io.violet.teaming.slack;

import java.time.Duration;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import io.violet.teaming.Lens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The violet-team review gates production like the other review kinds: with every other
 * review approved, {@code initiative advance} into production is refused while a lens has
 * not answered and while a critical finding is open, and goes through once its owner
 * closes it.
 */
class TeamingGateTests extends TeamingTestSupport {

	@Autowired
	Reviews reviews;

	@Test
	void productionWaitsForEveryLensAndForTheCriticalFindingToBeClosed() {
		vacateLensRoles();
		String owner = user("OWNER");
		String engineer = user("ML");
		String architect = user("ARCH");
		String security = user("SEC");
		Map<Lens, String> people = Map.of(Lens.ML, engineer, Lens.SECURITY, security, Lens.PRIVACY, user("PRIV"),
				Lens.ETHICS, user("ETH"), Lens.UX, user("UX"), Lens.LEGAL, user("LEGAL"));
		own(Role.ML_ENGINEER, engineer);
		own(Role.ML_ARCHITECT, architect);
		own(Role.SECURITY_ARCHITECT, security);
		own(Role.PRIVACY, people.get(Lens.PRIVACY));
		own(Role.ETHICS, people.get(Lens.ETHICS));
		own(Role.UX_DESIGNER, people.get(Lens.UX));
		own(Role.LEGAL, people.get(Lens.LEGAL));
		String key = create(owner, "\"Fraud rules\"");
		awaitThread(key);
		assertThat(this.reviews.of(key)).extracting(ReviewSummary::kind).doesNotContain(ReviewKind.VIOLET_TEAM);
		command(owner, "teaming start " + key);
		long id = session(key).id();
		// a session makes the review required even below high risk
		assertThat(review(key, ReviewKind.VIOLET_TEAM).approved()).isFalse();

		assertThat(command(owner, "initiative advance " + key).text()).contains("*In development*");
		approve(key, ReviewKind.THREAT_MODEL, security, architect);
		assertThat(command(owner, "initiative advance " + key).text()).contains("*Pre-deployment*");
		approve(key, ReviewKind.MONITORING_PLAN, engineer, security);

		assertThat(command(owner, "initiative advance " + key).text()).contains("cannot enter *In production* yet")
			.contains("*Violet team*")
			.doesNotContain("Monitoring plan");

		String question = form(id, Lens.SECURITY).open().get(0).id();
		answerLens(security, id, Lens.SECURITY,
				Map.of(question, new String[] { "CONCERN", "critical", "Rules can be probed until a fraud passes" }));
		for (Lens lens : Lens.values()) {
			if (lens != Lens.SECURITY) {
				answerLens(people.get(lens), id, lens, Map.of());
			}
		}
		assertThat(session(key).answeredLenses()).isEqualTo(6);
		assertThat(review(key, ReviewKind.VIOLET_TEAM).approved()).isFalse();
		assertThat(command(owner, "initiative advance " + key).text()).contains("cannot enter *In production* yet")
			.contains("*Violet team*");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.PRE_DEPLOYMENT);

		assertThat(command(owner, "teaming resolve " + key + " F-1 \"Probing is rate limited and alerted\"").text())
			.contains("Closed " + key + " VT-1");
		await().atMost(Duration.ofSeconds(20)).until(() -> review(key, ReviewKind.VIOLET_TEAM).approved());
		assertThat(command(owner, "initiative advance " + key).text()).contains("*In production*");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.IN_PRODUCTION);
	}

	private void approve(String key, ReviewKind kind, String... deciders) {
		long id = review(key, kind).id();
		for (String decider : deciders) {
			click(decider, "review_approve", Long.toString(id), INITIATIVES_CHANNEL);
		}
		await().atMost(Duration.ofSeconds(20)).until(() -> review(key, kind).approved());
	}

	private ReviewSummary review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow();
	}

}
