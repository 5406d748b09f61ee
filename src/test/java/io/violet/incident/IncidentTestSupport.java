package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Helpers for the incident module's end-to-end tests: role holders of their own, Slack
 * answers that create channels, and payload builders.
 */
abstract class IncidentTestSupport extends SlackTestSupport {

	private static final Pattern LABEL = Pattern.compile("AI incident \\*(?:DRILL )?#(\\d+)\\*");

	private static final AtomicInteger USERS = new AtomicInteger();

	/** This test class's holder of each role. */
	static final Map<Role, String> HOLDERS = Map.ofEntries(Map.entry(Role.INCIDENT_COMMANDER, "UICCMD"),
			Map.entry(Role.SECURITY_ARCHITECT, "UICSEC"), Map.entry(Role.THREAT_ANALYST, "UICTHREAT"),
			Map.entry(Role.PRIVACY, "UICPRIV"), Map.entry(Role.LEGAL, "UICLEGAL"),
			Map.entry(Role.COMPLIANCE, "UICCOMP"), Map.entry(Role.DATA_SCIENTIST, "UICDS"),
			Map.entry(Role.ETHICS, "UICETH"), Map.entry(Role.COMMS, "UICCOMMS"), Map.entry(Role.HR, "UICHR"),
			Map.entry(Role.PROCUREMENT, "UICPROC"));

	@Autowired
	protected Directory directory;

	@Autowired
	protected IncidentQueries queries;

	@Autowired
	protected IncidentTicker ticker;

	@Autowired
	protected SlackJobs slackJobs;

	@Autowired
	protected org.springframework.jdbc.core.JdbcTemplate jdbc;

	/**
	 * Waits until the incident's war-room setup job has failed (at least) a number of
	 * times and was given back for later.
	 * @param id the incident
	 * @param failures how many failures
	 */
	void awaitSetupFailures(long id, int failures) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find("incident.setup:" + id)
				.map((j) -> j.state() == SlackJobStatus.State.PENDING && j.failures() >= failures)
				.orElse(false));
	}

	/**
	 * Runs the Slack jobs that have come due a minute later (the test clock stands still,
	 * so a job given back after a failure waits for it).
	 */
	void retryDueWork() {
		advanceAndRunSlackJobs(Duration.ofMinutes(1));
	}

	@BeforeEach
	void rolesAndChannels() {
		HOLDERS.forEach((role, user) -> this.directory.assign(role, List.of(user), false, ADMIN));
		this.slack.stub("conversations.create",
				"{\"ok\":true,\"channel\":{\"id\":\"C{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}\","
						+ "\"name\":\"{{formData request.body 'f'}}{{f.name}}\"}}");
	}

	static String newUser() {
		return "UREP" + USERS.incrementAndGet() + UUID.randomUUID().toString().substring(0, 4).toUpperCase();
	}

	/** The commander Violet will pick: the primary owner of incident-commander. */
	String commander() {
		return this.directory.holders(Role.INCIDENT_COMMANDER).primary().orElseThrow();
	}

	long declare(String user, String text) {
		Answer answer = command(user, "incident declare " + text);
		assertThat(answer.status()).isEqualTo(200);
		Matcher m = LABEL.matcher(answer.text());
		assertThat(m.find()).as("declared: %s", answer.text()).isTrue();
		return Long.parseLong(m.group(1));
	}

	Incident awaitSetUp(long id) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.queries.byId(id).map((i) -> i.setupStep() == SetupStep.DONE).orElse(false));
		return this.queries.byId(id).orElseThrow();
	}

	/** Calls of a method addressed to one channel. */
	List<Map<String, String>> callsIn(String method, String channel) {
		return this.slack.calls(method, "channel", channel).stream().map(IncidentTestSupport::readable).toList();
	}

	/**
	 * Undoes the JSON escaping of {@code < > &} in block and view fields, to assert on
	 * mrkdwn.
	 */
	static Map<String, String> readable(Map<String, String> call) {
		Map<String, String> copy = new java.util.LinkedHashMap<>(call);
		copy.replaceAll((k, v) -> v.replace("\\u003c", "<")
			.replace("\\u003e", ">")
			.replace("\\u0026", "&")
			.replace("\\u003d", "=")
			.replace("\\u0027", "'"));
		return copy;
	}

	List<Map<String, String>> createCallsFor(long id) {
		return this.slack.calls("conversations.create")
			.stream()
			.filter((c) -> c.get("name").matches("(ai-inc|drill)-\\d{8}-" + id + "(-.*)?"))
			.toList();
	}

	List<String> invited(String channel) {
		return callsIn("conversations.invite", channel).stream()
			.flatMap((c) -> List.of(c.get("users").split(",")).stream())
			.toList();
	}

	Answer inRoom(String user, String channel, String text) {
		return command(user, channel, "incident " + text, "trigger-" + UUID.randomUUID());
	}

	static JsonObject user(String id) {
		JsonObject user = new JsonObject();
		user.addProperty("id", id);
		user.addProperty("username", "someone");
		user.addProperty("team_id", "T0001");
		return user;
	}

	static JsonObject team() {
		JsonObject team = new JsonObject();
		team.addProperty("id", "T0001");
		team.addProperty("domain", "violet-test");
		return team;
	}

	/**
	 * A view submission.
	 * @param user who submits
	 * @param callbackId the modal
	 * @param viewId the view id (the same id and hash make the same submission)
	 * @param metadata private metadata
	 * @param values block id → action "value" → value object
	 * @return the payload
	 */
	static String submission(String user, String callbackId, String viewId, String metadata,
			Map<String, JsonObject> values) {
		JsonObject state = new JsonObject();
		JsonObject valueMap = new JsonObject();
		values.forEach((block, value) -> {
			JsonObject action = new JsonObject();
			action.add("value", value);
			valueMap.add(block, action);
		});
		state.add("values", valueMap);
		JsonObject view = new JsonObject();
		view.addProperty("id", viewId);
		view.addProperty("hash", "h-" + viewId);
		view.addProperty("type", "modal");
		view.addProperty("callback_id", callbackId);
		view.addProperty("private_metadata", metadata);
		view.add("state", state);
		view.addProperty("team_id", "T0001");
		view.addProperty("app_id", "A0001");
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "view_submission");
		payload.add("team", team());
		payload.add("user", user(user));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("trigger_id", "trig-" + UUID.randomUUID());
		payload.add("view", view);
		return payload.toString();
	}

	static JsonObject text(String text) {
		JsonObject value = new JsonObject();
		value.addProperty("type", "plain_text_input");
		value.addProperty("value", text);
		return value;
	}

	static JsonObject select(String value) {
		JsonObject option = new JsonObject();
		option.addProperty("value", value);
		JsonObject selected = new JsonObject();
		selected.addProperty("type", "static_select");
		selected.add("selected_option", option);
		return selected;
	}

	static JsonObject userSelect(String userId) {
		JsonObject selected = new JsonObject();
		selected.addProperty("type", "users_select");
		selected.addProperty("selected_user", userId);
		return selected;
	}

	static JsonObject checked(String... values) {
		JsonArray options = new JsonArray();
		for (String v : values) {
			JsonObject option = new JsonObject();
			option.addProperty("value", v);
			options.add(option);
		}
		JsonObject selected = new JsonObject();
		selected.addProperty("type", "checkboxes");
		selected.add("selected_options", options);
		return selected;
	}

	static JsonObject dateTime(long epochSecond) {
		JsonObject selected = new JsonObject();
		selected.addProperty("type", "datetimepicker");
		selected.addProperty("selected_date_time", epochSecond);
		return selected;
	}

	/**
	 * A block action in a war room.
	 * @param user who clicked
	 * @param channel where
	 * @param action the action object
	 * @return the payload
	 */
	static String blockAction(String user, String channel, JsonObject action) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "block_actions");
		payload.add("team", team());
		payload.add("user", user(user));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("trigger_id", "trig-" + UUID.randomUUID());
		JsonObject ch = new JsonObject();
		ch.addProperty("id", channel);
		payload.add("channel", ch);
		JsonObject container = new JsonObject();
		container.addProperty("type", "message");
		container.addProperty("channel_id", channel);
		container.addProperty("message_ts", "1.000001");
		payload.add("container", container);
		JsonArray actions = new JsonArray();
		action.addProperty("action_ts", "1.2");
		actions.add(action);
		payload.add("actions", actions);
		return payload.toString();
	}

	static JsonObject button(String actionId, String value) {
		JsonObject action = new JsonObject();
		action.addProperty("type", "button");
		action.addProperty("action_id", actionId);
		action.addProperty("block_id", "b1");
		action.addProperty("value", value);
		return action;
	}

	static String messageShortcut(String callbackId, String user, String channel, String author, String text,
			String ts) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "message_action");
		payload.addProperty("callback_id", callbackId);
		payload.addProperty("trigger_id", "trig-" + UUID.randomUUID());
		payload.addProperty("message_ts", ts);
		payload.addProperty("action_ts", "2.1");
		payload.add("team", team());
		payload.add("user", user(user));
		JsonObject ch = new JsonObject();
		ch.addProperty("id", channel);
		ch.addProperty("name", "general");
		payload.add("channel", ch);
		JsonObject message = new JsonObject();
		message.addProperty("type", "message");
		message.addProperty("user", author);
		message.addProperty("text", text);
		message.addProperty("ts", ts);
		payload.add("message", message);
		payload.addProperty("response_url", "http://127.0.0.1/none");
		return payload.toString();
	}

}
