package io.violet.review.scan;

import java.time.Duration;
import java.util.List;

import io.violet.directory.Role;
import io.violet.initiative.bom.BomTestSupport;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class ComponentReviewsTests extends BomTestSupport {

	@Autowired
	Reviews reviews;

	@Test
	void outsideComponentsAndPersonalDataCallForTheirReviews() {
		String owner = newUser();
		String key = newInitiative(owner, "Claims assistant").key();
		List<ReviewKind> atCreation = kinds(key);

		command(owner, "bom add " + key + " library numpy@1.26.4");
		command(owner, "bom add " + key + " library langchain@0.2.1 --supplier LangChain");
		awaitKinds(key, ReviewKind.SUPPLY_CHAIN);
		assertThat(kinds(key)).doesNotContain(ReviewKind.PROCUREMENT, ReviewKind.PRIVACY);

		command(owner, "bom add " + key + " model claude@3.5 --supplier Anthropic");
		command(owner, "bom add " + key + " dataset claims-2024@1 --personal-data --provenance \"claims system\"");
		awaitKinds(key, ReviewKind.PROCUREMENT, ReviewKind.PRIVACY);

		assertThat(kinds(key)).containsAll(atCreation)
			.containsOnlyOnce(ReviewKind.SUPPLY_CHAIN, ReviewKind.PROCUREMENT, ReviewKind.PRIVACY);
		ReviewSummary supplyChain = review(key, ReviewKind.SUPPLY_CHAIN);
		assertThat(supplyChain.reason()).contains("Outside component in the ML-BOM: library langchain@0.2.1");
		assertThat(review(key, ReviewKind.PROCUREMENT).reason())
			.contains("Outside model in the ML-BOM: model claude@3.5");
		assertThat(review(key, ReviewKind.PRIVACY).reason()).contains("personal data").contains("claims-2024@1");
		assertThat(awaitNotes(key, "ML supply chain review", 1)).hasSize(1);
		assertThat(awaitNotes(key, "Procurement review", 1)).hasSize(1);
	}

	@Test
	void aReviewTheInitiativeAlreadyHasIsNotRequestedAgain() {
		String owner = newUser();
		String key = newInitiative(owner, "HR screening", "--personal-data").key();
		await().atMost(Duration.ofSeconds(20)).until(() -> kinds(key).contains(ReviewKind.PRIVACY));
		long privacy = review(key, ReviewKind.PRIVACY).id();

		command(owner, "bom add " + key + " dataset cvs-2024@1 --personal-data");
		command(owner, "bom add " + key + " library spacy@3.7 --supplier Explosion");
		awaitKinds(key, ReviewKind.SUPPLY_CHAIN);

		assertThat(review(key, ReviewKind.PRIVACY).id()).isEqualTo(privacy);
		assertThat(kinds(key)).containsOnlyOnce(ReviewKind.PRIVACY);
		assertThat(notesNow(key, "Privacy (DPIA) review* requested")).hasSize(1);
	}

	@Test
	void aFailingScanSendsAnApprovedModelScanReviewBackAndAPassingOneIsNotedOnIt() {
		String owner = newUser();
		String analyst = newUser();
		String engineer = newUser();
		own(Role.THREAT_ANALYST, analyst);
		own(Role.ML_ENGINEER, engineer);
		String key = newInitiative(owner, "Support bot", "--genai").key();
		command(owner, "bom add " + key + " model support-llm@1.0");
		await().atMost(Duration.ofSeconds(20)).until(() -> kinds(key).contains(ReviewKind.MODEL_SCAN));
		long reviewId = review(key, ReviewKind.MODEL_SCAN).id();

		assertThat(command(analyst, "scan record " + key + " support-llm@1.0 modelscan pass clean").text())
			.contains("Recorded the passed");
		assertThat(awaitNotes(key, "Model scan passed", 1).get(0))
			.contains("Noted on the *Model scan review*, which is open (waiting for");

		click(analyst, "review_approve", Long.toString(reviewId), INITIATIVES_CHANNEL);
		click(engineer, "review_approve", Long.toString(reviewId), INITIATIVES_CHANNEL);
		await().atMost(Duration.ofSeconds(20)).until(() -> review(key, ReviewKind.MODEL_SCAN).approved());

		assertThat(command(owner, "scan record " + key + " support-llm@1.0 garak fail \"prompt leak\"").text())
			.contains("Recorded the failed");

		ReviewSummary sentBack = review(key, ReviewKind.MODEL_SCAN);
		assertThat(sentBack.id()).isEqualTo(reviewId);
		assertThat(sentBack.approved()).isFalse();
		assertThat(sentBack.changesRequestedBy()).containsExactlyInAnyOrder(Role.THREAT_ANALYST, Role.ML_ENGINEER);
		assertThat(awaitNotes(key, "Model scan failed", 1).get(0)).contains("<@" + analyst + ">")
			.contains("<@" + engineer + ">")
			.contains("The *Model scan review* is sent back");
	}

	@Test
	void aFailingScanRequiresTheModelScanReviewWhereThereWasNone() {
		String owner = newUser();
		String key = newInitiative(owner, "Internal search").key();
		command(owner, "bom add " + key + " model search-embed@2");
		assertThat(kinds(key)).doesNotContain(ReviewKind.MODEL_SCAN);

		command(owner, "scan record " + key + " search-embed@2 modelscan fail");

		assertThat(kinds(key)).contains(ReviewKind.MODEL_SCAN);
		assertThat(review(key, ReviewKind.MODEL_SCAN).reason()).contains("Failing modelscan scan of search-embed@2");
		assertThat(awaitNotes(key, "Model scan failed", 1).get(0)).contains("A *Model scan review* is now required");
		assertThat(awaitNotes(key, "Model scan review* requested", 1)).hasSize(1);
	}

	private void awaitKinds(String key, ReviewKind... kinds) {
		await().atMost(Duration.ofSeconds(20)).until(() -> kinds(key).containsAll(List.of(kinds)));
	}

	private List<ReviewKind> kinds(String key) {
		return this.reviews.of(key).stream().map(ReviewSummary::kind).toList();
	}

	private ReviewSummary review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow();
	}

}
