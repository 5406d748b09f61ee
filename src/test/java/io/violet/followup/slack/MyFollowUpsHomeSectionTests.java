package io.violet.followup.slack;

import java.time.Duration;
import java.util.UUID;

import io.violet.followup.FollowUpTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class MyFollowUpsHomeSectionTests extends FollowUpTestSupport {

	@Test
	void theAppHomeListsTheUsersOpenFollowUpsWithADoneButtonThatClosesThem() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Home\"");
		String mine = add(user("ASK"), "\"Review the red-team report\" <@" + owner + "> --initiative " + initiative);
		String others = add(user("ASK"), "\"Someone else's\" <@" + user("OTH") + "> --initiative " + initiative);

		openHome(owner);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish", "user_id", owner)
				.stream()
				.anyMatch((c) -> c.get("view").contains(mine)));
		String view = this.slack.calls("views.publish", "user_id", owner).get(0).get("view");
		assertThat(view).contains("My follow-ups", "(1 open)", "Review the red-team report", "followup_home_done")
			.doesNotContain(others);

		assertThat(clickOnHome(owner, "followup_home_done", mine).status()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(20)).until(() -> followUp(mine).done());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish", "user_id", owner)
				.stream()
				.anyMatch((c) -> c.get("view").contains("Nothing open")));
		assertThat(clickOnHome(user("STRANGER"), "followup_home_done", others).status()).isEqualTo(200);
		assertThat(followUp(others).done()).isFalse();
	}

	private void openHome(String user) {
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"tab\":\"home\",\"event_ts\":\"1.1\"}");
	}

}
