package io.violet.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import io.violet.training.Rsvp;
import io.violet.training.TrainingSessions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every button on the App Home, clicked as Slack sends a Home click (a {@code home} view
 * as container, no channel), does what the same button does elsewhere, with the same
 * checks.
 */
class AppHomeActionsTests extends InitiativeTestSupport {

	@Autowired
	Reviews reviews;

	@Autowired
	TrainingSessions sessions;

	/**
	 * Opens the Home and returns the first publish that shows what the test expects: an
	 * earlier refresh (a role assigned a moment ago refreshes the Home too) may still
	 * arrive, rendered before the test's data existed.
	 */
	private JsonObject home(String user, String showing) {
		this.slack.resetToDefaults();
		event("Ev" + UUID.randomUUID().toString().substring(0, 8),
				"{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"tab\":\"home\",\"event_ts\":\"1.1\"}");
		return homeShowing(user, showing);
	}

	private JsonObject homeShowing(String user, String showing) {
		Map<String, String> publish = awaitCalls("views.publish", 1,
				(c) -> user.equals(c.get("user_id")) && c.get("view").contains(showing))
			.get(0);
		return JsonParser.parseString(publish.get("view")).getAsJsonObject();
	}

	private static List<JsonObject> buttons(JsonObject view) {
		List<JsonObject> buttons = new java.util.ArrayList<>();
		for (var block : view.getAsJsonArray("blocks")) {
			JsonObject b = block.getAsJsonObject();
			if ("actions".equals(b.get("type").getAsString())) {
				b.getAsJsonArray("elements").forEach((e) -> buttons.add(e.getAsJsonObject()));
			}
		}
		return buttons;
	}

	private static List<String> actionIds(JsonObject view) {
		return buttons(view).stream().map((b) -> b.get("action_id").getAsString()).toList();
	}

	/** A click on the Home tab: the container is the Home view, there is no channel. */
	private String clickHomeButton(String user, String actionId, String value) {
		String trigger = "trigger-home-" + UUID.randomUUID();
		assertThat(clickOnHome(user, actionId, value, trigger).status()).isEqualTo(200);
		return trigger;
	}

	private Map<String, String> awaitModal(String trigger) {
		return awaitCalls("views.open", 1, (c) -> trigger.equals(c.get("trigger_id"))).get(0);
	}

	private ReviewSummary threatModel(String key) {
		return this.reviews.of(key)
			.stream()
			.filter((r) -> r.kind() == ReviewKind.THREAT_MODEL)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void theTopRowOffersReportingAndInitiativesToEveryoneAndSchedulingToHrOnly() {
		String someone = user("ANY");
		String hr = user("HR");
		own(Role.HR, hr);
		List<String> everyone = actionIds(home(someone, "home_actions"));
		assertThat(everyone).contains("home_report_incident", "home_new_initiative")
			.doesNotContain("home_schedule_training");
		assertThat(actionIds(home(hr, "home_schedule_training"))).contains("home_report_incident",
				"home_new_initiative", "home_schedule_training");
	}

	@Test
	void reportStartAndScheduleOpenTheSameModalsAsTheirCommands() {
		String someone = user("ANY");
		String hr = user("HR");
		own(Role.HR, hr);
		assertThat(awaitModal(clickHomeButton(someone, "home_report_incident", "home")).get("view"))
			.contains("\"callback_id\":\"incident_report\"");
		assertThat(awaitModal(clickHomeButton(someone, "home_new_initiative", "home")).get("view"))
			.contains("\"callback_id\":\"initiative_new\"");
		assertThat(awaitModal(clickHomeButton(hr, "home_schedule_training", "home")).get("view"))
			.contains("\"callback_id\":\"training_schedule\"");
	}

	@Test
	void schedulingFromAForgedHomeClickIsRefusedLikeTheCommand() {
		String someone = user("NOTHR");
		String trigger = clickHomeButton(someone, "home_schedule_training", "home");
		awaitDm(someone, "can schedule trainings");
		assertThat(this.slack.calls("views.open")).noneMatch((c) -> trigger.equals(c.get("trigger_id")));
	}

	@Test
	void aPendingReviewIsDecidedFromTheHomeWithTheThreadsChecks() {
		String security = user("SEC");
		String architect = user("ARCH");
		String stranger = user("STR");
		own(Role.SECURITY_ARCHITECT, security);
		own(Role.ML_ARCHITECT, architect);
		// the Home shows the five reviews due soonest; other tests' reviews wait for
		// these
		// roles too, so this one is made the oldest
		this.clock.set(java.time.Instant.parse("2025-06-02T08:00:00Z"));
		String key = create(user("OWNER"), "\"Home decisions\"");
		awaitThread(key);
		long id = threatModel(key).id();

		JsonObject view = home(security, "home_review_" + id);
		List<JsonObject> mine = buttons(view).stream()
			.filter((b) -> b.has("value") && b.get("value").getAsString().equals(Long.toString(id)))
			.toList();
		assertThat(mine).extracting((b) -> b.get("action_id").getAsString())
			.containsExactly("review_approve", "review_request_changes", "review_open_thread");
		assertThat(mine.get(2).get("url").getAsString()).startsWith("https://");
		assertThat(view.toString()).contains("Reviews waiting for you").contains(key);

		// someone who owns none of the review's roles is refused, as in the thread
		clickHomeButton(stranger, "review_approve", Long.toString(id));
		awaitDm(stranger, "Only owners and backups of");
		String changes = clickHomeButton(stranger, "review_request_changes", Long.toString(id));
		awaitDm(stranger, "can decide the *Threat model review*");
		assertThat(this.slack.calls("views.open")).noneMatch((c) -> changes.equals(c.get("trigger_id")));
		assertThat(threatModel(key).waitingFor()).contains(Role.SECURITY_ARCHITECT);

		// the owner's approval is recorded, and their Home is published again
		this.slack.resetToDefaults();
		clickHomeButton(security, "review_approve", Long.toString(id));
		await().atMost(Duration.ofSeconds(20))
			.until(() -> !threatModel(key).waitingFor().contains(Role.SECURITY_ARCHITECT));
		awaitCalls("views.publish", 1, (c) -> security.equals(c.get("user_id")));
		// request changes opens the same modal as in the thread
		assertThat(awaitModal(clickHomeButton(architect, "review_request_changes", Long.toString(id))).get("view"))
			.contains("review_changes");
		assertThat(interactionAck(architect)).isEqualTo(200);
	}

	private int interactionAck(String user) {
		// the link button's click is acknowledged (Slack sends one for a URL button too)
		String trigger = "t-" + UUID.randomUUID();
		JsonObject payload = JsonParser.parseString("{\"type\":\"block_actions\",\"user\":{\"id\":\"" + user
				+ "\"},\"team\":{\"id\":\"T0001\"}," + "\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\""
				+ trigger + "\","
				+ "\"container\":{\"type\":\"view\",\"view_id\":\"VHOME\"},\"view\":{\"id\":\"VHOME\",\"type\":\"home\"},"
				+ "\"actions\":[{\"type\":\"button\",\"action_id\":\"review_open_thread\",\"block_id\":\"b\","
				+ "\"value\":\"1\",\"action_ts\":\"1.1\"}]}")
			.getAsJsonObject();
		return interaction(payload.toString()).status();
	}

	@Test
	void anUpcomingTrainingIsAnsweredFromTheHomeAsFromTheInvitation() {
		String hr = user("HR");
		String invited = user("INV");
		String stranger = user("STR");
		own(Role.HR, hr);
		own(Role.PRIVACY, invited);
		String answer = command(hr, "workshop schedule \"Home RSVP\" 2031-09-01 10:00 --tz UTC --roles privacy").text();
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(S-(\\d+)\\)").matcher(answer);
		assertThat(m.find()).as(answer).isTrue();
		long id = Long.parseLong(m.group(1));

		// scheduling finishes after the command's ack
		await().atMost(Duration.ofSeconds(30)).until(() -> this.sessions.rsvpOf(id, invited).isPresent());
		JsonObject view = home(invited, "Home RSVP");
		assertThat(view.toString()).contains("Home RSVP").contains("waiting for your answer");
		// a review's buttons carry its id, which may be the session's number too
		assertThat(buttons(view).stream()
			.filter((b) -> b.get("value").getAsString().equals(Long.toString(id)))
			.map((b) -> b.get("action_id").getAsString())
			.filter((action) -> !action.startsWith("review_")))
			.containsExactly("training_rsvp_going", "training_rsvp_decline");

		this.slack.resetToDefaults();
		clickHomeButton(invited, "training_rsvp_going", Long.toString(id));
		assertThat(this.sessions.rsvpOf(id, invited)).contains(Rsvp.GOING);
		assertThat(homeShowing(invited, "re going").toString()).contains("Home RSVP");

		clickHomeButton(stranger, "training_rsvp_going", Long.toString(id));
		awaitDm(stranger, "You are not on the invitation list of S-" + id);
		assertThat(this.sessions.rsvpOf(id, stranger)).isEmpty();
	}

}
