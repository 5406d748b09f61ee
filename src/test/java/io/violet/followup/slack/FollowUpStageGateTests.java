package io.violet.followup.slack;

import java.time.Duration;

import io.violet.directory.Role;
import io.violet.followup.FollowUpTestSupport;
import io.violet.incident.Incident;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An initiative cannot move into production while a high or critical follow-up of it is
 * open; the refusal lists what blocks, beside the reviews.
 */
class FollowUpStageGateTests extends FollowUpTestSupport {

	@Autowired
	Reviews reviews;

	String security;

	String architect;

	String engineer;

	@BeforeEach
	void reviewers() {
		this.security = user("SEC");
		this.architect = user("ARCH");
		this.engineer = user("ENG");
		own(Role.SECURITY_ARCHITECT, this.security);
		own(Role.ML_ARCHITECT, this.architect);
		own(Role.ML_ENGINEER, this.engineer);
	}

	@Test
	void aCriticalFollowUpHoldsProductionUntilItIsDone() {
		String owner = user("OWN");
		String key = create(owner, "\"Claims triage\"");
		String critical = add(owner,
				"\"Retest after the jailbreak fix\" <@" + owner + "> --severity critical --initiative " + key);
		String low = add(owner, "\"Tidy the model card\" <@" + owner + "> --severity low --initiative " + key);
		approveEveryReview(key);
		assertThat(command(owner, "initiative advance " + key).text()).contains("to *In development*");
		assertThat(command(owner, "initiative advance " + key).text()).contains("to *Pre-deployment*");

		String refused = command(owner, "initiative advance " + key).text();

		assertThat(refused)
			.contains("cannot enter *In production* yet",
					"*Follow-up " + critical + "* (critical) is open: Retest after the jailbreak fix")
			.doesNotContain(low);
		assertThat(this.initiatives.details(key).map(InitiativeDetails::stage)).contains(Stage.PRE_DEPLOYMENT);

		command(owner, "follow-up done " + critical);
		assertThat(command(owner, "initiative advance " + key).text()).contains("to *In production*");
	}

	@Test
	void aPrivateIncidentsBlockingFollowUpIsNamedByItsKeyOnly() {
		String owner = user("OWN");
		String key = create(owner, "\"Hiring screen\"");
		Incident incident = declare(user("REP"),
				"harmful-output sev2 \"Biased ranking\" --private --initiative " + key);
		String medium = key(inChannel(this.commander, incident.channelId().orElseThrow(),
				"incident follow-up \"Audit the ranking features\" <@" + this.commander + ">")
			.text());
		// typed in the room, a follow-up belongs to the incident and so to its initiative
		String high = key(inChannel(this.commander, incident.channelId().orElseThrow(),
				"follow-up add \"Retrain without the proxy feature\" <@" + this.commander + "> --severity high")
			.text());
		approveEveryReview(key);
		command(owner, "initiative advance " + key);
		command(owner, "initiative advance " + key);

		String refused = command(owner, "initiative advance " + key).text();

		assertThat(refused).contains("*Follow-up " + high + "* (high) is open: of a private incident")
			.doesNotContain(medium, "Retrain", "proxy feature", "Biased");
	}

	private void approveEveryReview(String key) {
		awaitThread(key);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reviews.of(key).size() >= 2);
		long threatModel = review(key, ReviewKind.THREAT_MODEL);
		long monitoring = review(key, ReviewKind.MONITORING_PLAN);
		click(this.security, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		click(this.architect, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		click(this.security, "review_approve", Long.toString(monitoring), INITIATIVES_CHANNEL);
		click(this.engineer, "review_approve", Long.toString(monitoring), INITIATIVES_CHANNEL);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reviews.of(key).stream().allMatch((r) -> r.approved()));
	}

	private long review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow().id();
	}

}
