package io.violet.followup.internal;

import java.time.Duration;

import com.google.gson.JsonObject;
import io.violet.directory.Role;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpTestSupport;
import io.violet.followup.FollowUpSource;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Request changes" on a review becomes one follow-up for the initiative's owner holding
 * the reviewer's text; it is done once the review is approved.
 */
class ReviewChangesRequestedTests extends FollowUpTestSupport {

	@Autowired
	Reviews reviews;

	@Test
	void changesRequestedBecomeTheOwnersFollowUpUntilTheReviewIsApproved() {
		String security = user("SEC");
		String architect = user("ARCH");
		own(Role.SECURITY_ARCHITECT, security);
		own(Role.ML_ARCHITECT, architect);
		String owner = user("OWN");
		String key = create(owner, "\"Voice assistant\"");
		awaitThread(key);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.reviews.of(key).stream().anyMatch((r) -> r.kind() == ReviewKind.THREAT_MODEL));
		long review = this.reviews.of(key)
			.stream()
			.filter((r) -> r.kind() == ReviewKind.THREAT_MODEL)
			.findFirst()
			.orElseThrow()
			.id();

		JsonObject values = textValue(new JsonObject(), "review_text",
				"Model the <tool-call> abuse path & rate limits");
		assertThat(submit(security, "review_changes_modal", review + "|" + INITIATIVES_CHANNEL, values).status())
			.isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> !this.followUps.ofInitiative(key, owner).isEmpty());
		FollowUp followUp = this.followUps.ofInitiative(key, owner).get(0);
		assertThat(followUp.text()).isEqualTo("Model the <tool-call> abuse path & rate limits");
		assertThat(followUp.ownerId()).isEqualTo(owner);
		assertThat(followUp.source()).isEqualTo(FollowUpSource.REVIEW);
		assertThat(followUp.origin()).isEqualTo("Threat model review, changes requested");
		assertThat(followUp.createdBy()).isEqualTo(security);
		assertThat(followUp.due()).isNotNull();
		assertThat(readable(awaitDmContaining(owner, "You own follow-up *" + followUp.key() + "*").get(0)))
			.contains("Model the &lt;tool-call&gt; abuse path &amp; rate limits", "Threat model review");

		click(security, "review_approve", Long.toString(review), INITIATIVES_CHANNEL);
		click(architect, "review_approve", Long.toString(review), INITIATIVES_CHANNEL);

		await().atMost(Duration.ofSeconds(20)).until(() -> followUp(followUp.key()).done());
		assertThat(followUp(followUp.key()).closedBy()).isEqualTo("violet");
		assertThat(this.followUps.ofInitiative(key, owner)).hasSize(1);
	}

}
