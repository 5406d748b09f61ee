package io.violet.followup.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.violet.followup.FollowUpTestSupport;
import io.violet.incident.Incident;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The initiative card counts its follow-ups, open and closed, and says when high or
 * critical ones hold production. Everyone in the initiatives channel sees the card, so a
 * private incident's follow-ups are not counted there.
 */
class FollowUpCardSectionTests extends FollowUpTestSupport {

	@Test
	void theCardCountsOpenAndClosedFollowUpsAndLeavesOutAPrivateIncidents() {
		String owner = user("OWN");
		String key = create(owner, "\"Counted on the card\"");
		String ts = awaitThread(key);

		String blocking = add(owner,
				"\"Threat-model the tool calls\" <@" + owner + "> --severity high --initiative " + key);
		awaitCard(ts, "1 open · 0 closed · 1 high or critical open, holding production",
				"/violet follow-up list " + key);

		Incident hidden = declare(user("REP"),
				"data-leakage sev2 \"Secret leak of the card\" --private --initiative " + key);
		key(inChannel(this.commander, hidden.channelId().orElseThrow(),
				"incident follow-up \"Purge the secret leak\" <@" + this.commander + ">")
			.text());
		await().atMost(Duration.ofSeconds(20)).until(() -> this.followUps.allOfInitiative(key).size() == 2);

		// a later public change redraws the card: the private follow-up is not in it
		assertThat(command(owner, "follow-up done " + blocking).text()).contains("is done");
		String card = awaitCard(ts, "0 open · 1 closed");
		assertThat(card).doesNotContain("1 open", "holding production", "Purge the secret leak");
	}

	private String awaitCard(String ts, String... containing) {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			runDueSlackJobs();
			return cardUpdates(ts).stream().anyMatch((b) -> List.of(containing).stream().allMatch(b::contains));
		});
		List<String> updates = cardUpdates(ts);
		return updates.stream()
			.filter((b) -> List.of(containing).stream().allMatch(b::contains))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private List<String> cardUpdates(String ts) {
		return this.slack.calls("chat.update", "channel", INITIATIVES_CHANNEL)
			.stream()
			.filter((c) -> ts.equals(c.get("ts")))
			.map((Map<String, String> c) -> c.get("blocks"))
			.toList();
	}

}
