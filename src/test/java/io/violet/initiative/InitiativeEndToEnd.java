package io.violet.initiative;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.SlackEndToEnd;
import org.awaitility.core.ConditionTimeoutException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Helpers for end-to-end tests of initiatives and reviews: people, roles, creating
 * initiatives, finding their thread's posts and clicking buttons.
 */
public abstract class InitiativeEndToEnd extends SlackEndToEnd {

	private static final Pattern KEY = Pattern.compile("AI-\\d+");

	@Autowired
	protected Directory directory;

	@Autowired
	protected Initiatives initiatives;

	/**
	 * A user id no other test uses.
	 * @param tag a readable part
	 * @return e.g. {@code ULEGAL7F3A2B}
	 */
	protected static String user(String tag) {
		return "U" + tag.toUpperCase(Locale.ROOT)
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase(Locale.ROOT);
	}

	protected void own(Role role, String... users) {
		this.directory.assign(role, List.of(users), false, ADMIN);
	}

	protected void backUp(Role role, String... users) {
		this.directory.assign(role, List.of(users), true, ADMIN);
	}

	/**
	 * Removes every holder of a role.
	 * @param role the role
	 */
	protected void vacate(Role role) {
		this.directory.holders(role).everyone().forEach((u) -> this.directory.remove(role, u, ADMIN));
	}

	/**
	 * Creates an initiative with the one-line form and returns its key.
	 * @param userId who creates it
	 * @param args what follows {@code initiative new}
	 * @return the key
	 */
	protected String create(String userId, String args) {
		Answer answer = command(userId, "initiative new " + args);
		assertThat(answer.text()).contains("Created");
		Matcher matcher = KEY.matcher(answer.text());
		assertThat(matcher.find()).as(answer.text()).isTrue();
		return matcher.group();
	}

	/**
	 * Waits for the initiative's thread to exist.
	 * @param key the initiative
	 * @return the parent's ts
	 */
	protected String awaitThread(String key) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.initiatives.details(key).map(InitiativeDetails::threadTs).isPresent());
		return this.initiatives.details(key).orElseThrow().threadTs();
	}

	/**
	 * Messages posted as replies under a parent.
	 * @param threadTs the parent's ts
	 * @return the calls
	 */
	protected List<Map<String, String>> replies(String threadTs) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> threadTs.equals(c.get("thread_ts")))
			.toList();
	}

	protected List<Map<String, String>> awaitReplies(String threadTs, String containing) {
		try {
			await().atMost(Duration.ofSeconds(20))
				.until(() -> replies(threadTs).stream().anyMatch((c) -> c.get("text").contains(containing)));
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("No reply containing \"" + containing + "\" under " + threadTs + "; replies: "
					+ replies(threadTs).stream().map((c) -> c.get("text")).toList(), ex);
		}
		return replies(threadTs).stream().filter((c) -> c.get("text").contains(containing)).toList();
	}

	/**
	 * Direct messages to a user (the stub's DM channel for {@code U1} is {@code DU1}).
	 * @param userId the user
	 * @return the calls
	 */
	protected List<Map<String, String>> dmsTo(String userId) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> ("D" + userId).equals(c.get("channel")))
			.toList();
	}

	protected List<Map<String, String>> awaitDm(String userId, String containing) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> dmsTo(userId).stream().anyMatch((c) -> c.get("text").contains(containing)));
		return dmsTo(userId).stream().filter((c) -> c.get("text").contains(containing)).toList();
	}

	/**
	 * Clicks a button.
	 * @param userId who clicks
	 * @param actionId the button's action id
	 * @param value its value
	 * @param channelId where the message is
	 * @return Violet's answer
	 */
	protected Answer click(String userId, String actionId, String value, String channelId) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "block_actions");
		payload.add("user", idObject(userId));
		payload.add("team", idObject("T0001"));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("token", "legacy");
		payload.addProperty("trigger_id", "trigger-" + UUID.randomUUID());
		payload.addProperty("response_url", this.slack.responseUrl("click-" + UUID.randomUUID()));
		payload.add("channel", idObject(channelId));
		JsonObject container = new JsonObject();
		container.addProperty("type", "message");
		container.addProperty("channel_id", channelId);
		container.addProperty("message_ts", "1.000001");
		payload.add("container", container);
		JsonArray actions = new JsonArray();
		JsonObject action = new JsonObject();
		action.addProperty("type", "button");
		action.addProperty("action_id", actionId);
		action.addProperty("block_id", "b1");
		action.addProperty("value", value);
		action.addProperty("action_ts", "1.000002");
		actions.add(action);
		payload.add("actions", actions);
		return interaction(payload.toString());
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
		return interaction(payload.toString());
	}

	/**
	 * A text input's state value.
	 * @param blockAndActionId the block id (also the action id)
	 * @param text the text typed
	 * @return one entry for {@link #submit}
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

}
