package io.violet.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.slack.SlackJobRunner;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * Base of end-to-end tests: the whole application on a fresh MariaDB database, signed
 * requests into {@code /slack/events}, and {@link SlackStub} standing in for Slack.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"violet.slack.bot-token=xoxb-test-token", "violet.slack.signing-secret=" + SlackTestSupport.SECRET,
		"violet.initiatives-channel=" + SlackTestSupport.INITIATIVES_CHANNEL,
		"violet.incidents-channel=" + SlackTestSupport.INCIDENTS_CHANNEL, "violet.admins=" + SlackTestSupport.ADMIN,
		"management.server.port=0", "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
		// tests move the clock: they resubmit failed publications themselves
		"spring.modulith.events.staleness.published=0s", "spring.modulith.events.staleness.processing=0s",
		"spring.modulith.events.staleness.resubmission=0s", "violet.events.resubmit-interval=1d" })
@Import(SlackTestSupport.TestClockConfiguration.class)
public abstract class SlackTestSupport {

	public static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

	public static final String INITIATIVES_CHANNEL = "CINITIATIVES";

	public static final String INCIDENTS_CHANNEL = "CINCIDENTS";

	/** A Violet admin named in {@code VIOLET_ADMINS}. */
	public static final String ADMIN = "UADMIN";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	protected final SlackStub slack = SlackStub.get();

	@LocalServerPort
	protected int port;

	@Autowired
	protected MutableClock clock;

	@Autowired
	protected SlackJobRunner slackJobRunner;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("violet.slack.api-url", () -> SlackStub.get().apiUrl());
	}

	@BeforeEach
	void resetSlackAndClock() {
		this.slack.resetToDefaults();
		this.clock.reset();
	}

	/**
	 * Runs every Slack job that is due now (pending ones whose time has come, and jobs
	 * given back by a node that stopped checking in) on the test's thread, instead of
	 * waiting for the poller. The test clock stands still: a job given back for later
	 * becomes due only when the test moves the clock ({@link #advanceAndRunSlackJobs}).
	 * @return how many runs it made
	 */
	protected int runDueSlackJobs() {
		return this.slackJobRunner.runDue();
	}

	/**
	 * Moves the test clock and runs the Slack jobs that are due then.
	 * @param duration how far
	 * @return how many runs it made
	 */
	protected int advanceAndRunSlackJobs(Duration duration) {
		this.clock.advance(duration);
		return runDueSlackJobs();
	}

	/**
	 * Types {@code /violet <text>} as a user.
	 * @param userId the user
	 * @param text the command text, as Slack would send it (escaped)
	 * @return Violet's answer
	 */
	protected Answer command(String userId, String text) {
		return command(userId, "CGENERAL", text, "trigger-" + UUID.randomUUID());
	}

	protected Answer command(String userId, String channelId, String text, String triggerId) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("token", "legacy");
		form.put("team_id", "T0001");
		form.put("team_domain", "violet-test");
		form.put("channel_id", channelId);
		form.put("channel_name", "general");
		form.put("user_id", userId);
		form.put("user_name", "someone");
		form.put("command", "/violet");
		form.put("text", text);
		form.put("api_app_id", "A0001");
		form.put("response_url", this.slack.responseUrl(triggerId));
		form.put("trigger_id", triggerId);
		return post(formBody(form), "application/x-www-form-urlencoded");
	}

	/**
	 * Sends an interaction payload (block action, view submission, shortcut).
	 * @param payloadJson the payload
	 * @return Violet's answer
	 */
	protected Answer interaction(String payloadJson) {
		return post("payload=" + URLEncoder.encode(payloadJson, StandardCharsets.UTF_8),
				"application/x-www-form-urlencoded");
	}

	/**
	 * Sends an Events API callback.
	 * @param eventId the event id
	 * @param eventJson the inner event object
	 * @return Violet's answer
	 */
	protected Answer event(String eventId, String eventJson) {
		String body = "{\"token\":\"legacy\",\"team_id\":\"T0001\",\"api_app_id\":\"A0001\",\"event\":" + eventJson
				+ ",\"type\":\"event_callback\",\"event_id\":\"" + eventId + "\",\"event_time\":"
				+ this.clock.instant().getEpochSecond()
				+ ",\"authorizations\":[{\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"is_bot\":true}]}";
		return post(body, "application/json");
	}

	/**
	 * Clicks a button in a message.
	 * @param userId who clicks
	 * @param actionId the button's action id
	 * @param value its value
	 * @param channelId where the message is
	 * @return Violet's answer
	 */
	protected Answer click(String userId, String actionId, String value, String channelId) {
		return clickWithResponse(userId, actionId, value, channelId, "click-" + UUID.randomUUID());
	}

	/**
	 * Clicks a button in a message, with a response URL named so that the test can read
	 * what Violet answered there ({@link #awaitResponses}).
	 * @param userId who clicks
	 * @param actionId the button
	 * @param value its value
	 * @param channelId where the message is
	 * @param responseName the response URL's name
	 * @return Violet's answer
	 */
	protected Answer clickWithResponse(String userId, String actionId, String value, String channelId,
			String responseName) {
		return clickInMessage(userId, actionId, value, channelId, responseName, "trigger-" + UUID.randomUUID());
	}

	/**
	 * Clicks a button in a message, naming both the response URL and the trigger id (a
	 * modal the click opens is found by its trigger id in {@code views.open}).
	 * @param userId who clicks
	 * @param actionId the button
	 * @param value its value
	 * @param channelId where the message is
	 * @param responseName the response URL's name
	 * @param triggerId the trigger id
	 * @return Violet's answer
	 */
	protected Answer clickInMessage(String userId, String actionId, String value, String channelId, String responseName,
			String triggerId) {
		JsonObject payload = buttonPress(userId, actionId, value, triggerId);
		payload.addProperty("response_url", this.slack.responseUrl(responseName));
		payload.add("channel", idObject(channelId));
		JsonObject container = new JsonObject();
		container.addProperty("type", "message");
		container.addProperty("channel_id", channelId);
		container.addProperty("message_ts", "1.000001");
		payload.add("container", container);
		return interaction(payload.toString());
	}

	/**
	 * Clicks a button on the App Home (no channel, no response URL).
	 * @param userId who clicks
	 * @param actionId the button
	 * @param value its value
	 * @return Violet's answer
	 */
	protected Answer clickOnHome(String userId, String actionId, String value) {
		return clickOnHome(userId, actionId, value, "trigger-" + UUID.randomUUID());
	}

	/**
	 * Clicks a button on the App Home with a given trigger id.
	 * @param userId who clicks
	 * @param actionId the button
	 * @param value its value
	 * @param triggerId the trigger id
	 * @return Violet's answer
	 */
	protected Answer clickOnHome(String userId, String actionId, String value, String triggerId) {
		JsonObject payload = buttonPress(userId, actionId, value, triggerId);
		JsonObject container = new JsonObject();
		container.addProperty("type", "view");
		container.addProperty("view_id", "VHOME");
		payload.add("container", container);
		JsonObject view = new JsonObject();
		view.addProperty("id", "VHOME");
		view.addProperty("type", "home");
		view.addProperty("team_id", "T0001");
		view.addProperty("hash", "h");
		view.add("blocks", new JsonArray());
		payload.add("view", view);
		return interaction(payload.toString());
	}

	/**
	 * What every button click carries, wherever the button is.
	 */
	private static JsonObject buttonPress(String userId, String actionId, String value, String triggerId) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "block_actions");
		payload.add("user", idObject(userId));
		payload.add("team", idObject("T0001"));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("token", "legacy");
		payload.addProperty("trigger_id", triggerId);
		JsonObject action = new JsonObject();
		action.addProperty("type", "button");
		action.addProperty("action_id", actionId);
		action.addProperty("block_id", "b1");
		action.addProperty("value", value);
		action.addProperty("action_ts", "1.000002");
		JsonArray actions = new JsonArray();
		actions.add(action);
		payload.add("actions", actions);
		return payload;
	}

	/**
	 * Submits a modal.
	 * @param userId who submits
	 * @param callbackId the modal's callback id
	 * @param privateMetadata its private metadata
	 * @param values the state values: block id → action id → value object
	 * @return Violet's answer
	 */
	protected Answer submit(String userId, String callbackId, String privateMetadata, JsonObject values) {
		return interaction(viewSubmission(userId, callbackId, privateMetadata, values).toString());
	}

	/**
	 * A modal's submission payload, for tests that send it elsewhere than
	 * {@link #submit}.
	 * @param userId who submits
	 * @param callbackId the modal's callback id
	 * @param privateMetadata its private metadata
	 * @param values the state values: block id → action id → value object
	 * @return the payload
	 */
	protected static JsonObject viewSubmission(String userId, String callbackId, String privateMetadata,
			JsonObject values) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "view_submission");
		payload.add("user", idObject(userId));
		payload.add("team", idObject("T0001"));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("token", "legacy");
		payload.addProperty("trigger_id", "trigger-" + UUID.randomUUID());
		JsonObject view = new JsonObject();
		view.addProperty("id", "V" + UUID.randomUUID().toString().substring(0, 8));
		view.addProperty("type", "modal");
		view.addProperty("callback_id", callbackId);
		view.addProperty("private_metadata", privateMetadata);
		view.addProperty("hash", UUID.randomUUID().toString());
		JsonObject state = new JsonObject();
		state.add("values", values);
		view.add("state", state);
		payload.add("view", view);
		return payload;
	}

	/**
	 * A text input's state value.
	 * @param values the state values to add it to
	 * @param blockAndActionId the block id (also the action id)
	 * @param text the text typed
	 * @return {@code values}, for {@link #submit}
	 */
	protected static JsonObject textValue(JsonObject values, String blockAndActionId, String text) {
		JsonObject value = new JsonObject();
		value.addProperty("type", "plain_text_input");
		value.addProperty("value", text);
		JsonObject block = new JsonObject();
		block.add(blockAndActionId, value);
		values.add(blockAndActionId, block);
		return values;
	}

	protected static JsonObject idObject(String id) {
		JsonObject object = new JsonObject();
		object.addProperty("id", id);
		return object;
	}

	protected Answer post(String body, String contentType) {
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		return send(body, contentType, timestamp, Signatures.sign(SECRET, timestamp, body));
	}

	protected Answer send(String body, String contentType, String timestamp, String signature) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/slack/events"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (timestamp != null) {
			request.header("X-Slack-Request-Timestamp", timestamp);
		}
		if (signature != null) {
			request.header("X-Slack-Signature", signature);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Waits until a Web API method was called at least a number of times.
	 * @param method e.g. {@code chat.postMessage}
	 * @param count how many calls
	 * @return the calls
	 */
	protected List<Map<String, String>> awaitCalls(String method, int count) {
		return awaitCalls(method, count, (call) -> true);
	}

	/**
	 * Waits until a Web API method was called at least a number of times by this test's
	 * work. The context is shared, so work started by earlier tests may still be calling
	 * Slack; {@code mine} tells this test's calls apart.
	 * @param method e.g. {@code chat.postMessage}
	 * @param count how many calls
	 * @param mine which calls belong to this test
	 * @return this test's calls, in order
	 */
	protected List<Map<String, String>> awaitCalls(String method, int count, Predicate<Map<String, String>> mine) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls(method).stream().filter(mine).count() >= count);
		return this.slack.calls(method).stream().filter(mine).toList();
	}

	/**
	 * Waits for the answers sent to a command's response URL.
	 * @param triggerId the trigger id the command was sent with
	 * @return the JSON bodies
	 */
	protected List<String> awaitResponses(String triggerId) {
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(triggerId).isEmpty());
		return this.slack.responses(triggerId);
	}

	static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/**
	 * What Violet answered.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 */
	public record Answer(int status, String body) {

		/**
		 * The text of a command's reply.
		 * @return the {@code text} field, or the body when it is not JSON
		 */
		public String text() {
			if (this.body.startsWith("{")) {
				JsonObject json = JsonParser.parseString(this.body).getAsJsonObject();
				return json.has("text") ? json.get("text").getAsString() : "";
			}
			return this.body;
		}

		public JsonObject json() {
			return JsonParser.parseString(this.body).getAsJsonObject();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class TestClockConfiguration {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock();
		}

	}

}
