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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "violet.slack.bot-token=xoxb-test-token", "violet.slack.signing-secret=" + SlackEndToEnd.SECRET,
				"violet.initiatives-channel=" + SlackEndToEnd.INITIATIVES_CHANNEL,
				"violet.incidents-channel=" + SlackEndToEnd.INCIDENTS_CHANNEL, "violet.admins=" + SlackEndToEnd.ADMIN,
				"management.server.port=0", "spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
				// tests move the clock: they resubmit failed publications themselves
				"spring.modulith.events.staleness.published=0s", "spring.modulith.events.staleness.processing=0s",
				"spring.modulith.events.staleness.resubmission=0s", "violet.events.resubmit-interval=1d" })
@Import(SlackEndToEnd.TestClockConfiguration.class)
public abstract class SlackEndToEnd {

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
