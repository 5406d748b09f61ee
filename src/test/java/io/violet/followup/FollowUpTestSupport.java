package io.violet.followup;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import io.violet.directory.Role;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.SetupStep;
import io.violet.initiative.InitiativeTestSupport;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Helpers for the follow-up module's end-to-end tests: follow-ups created with the
 * commands, incidents declared with theirs, buttons clicked with a response URL the test
 * can read back.
 */
public abstract class FollowUpTestSupport extends InitiativeTestSupport {

	private static final Pattern FOLLOW_UP = Pattern.compile("\\*(F-\\d+)\\*");

	private static final Pattern INCIDENT = Pattern.compile("AI incident \\*#(\\d+)\\*");

	@Autowired
	protected FollowUpQueries followUps;

	@Autowired
	protected IncidentQueries incidents;

	/** This class's incident commander, who becomes commander of every incident. */
	protected String commander;

	@BeforeEach
	void commanderAndChannels() {
		this.commander = this.directory.holders(Role.INCIDENT_COMMANDER).primary().orElse(null);
		if (this.commander == null) {
			this.commander = user("CMD");
			own(Role.INCIDENT_COMMANDER, this.commander);
		}
		this.slack.stub("conversations.create",
				"{\"ok\":true,\"channel\":{\"id\":\"C{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}\","
						+ "\"name\":\"{{formData request.body 'f'}}{{f.name}}\"}}");
	}

	/**
	 * Adds a follow-up with the command and returns its key.
	 * @param user who adds it
	 * @param args what follows {@code follow-up add}
	 * @return e.g. {@code F-12}
	 */
	protected String add(String user, String args) {
		Answer answer = command(user, "follow-up add " + args);
		assertThat(answer.text()).as(answer.text()).contains("Created");
		return key(answer.text());
	}

	protected static String key(String text) {
		Matcher matcher = FOLLOW_UP.matcher(text);
		assertThat(matcher.find()).as("a follow-up key in: %s", text).isTrue();
		return matcher.group(1);
	}

	protected FollowUp followUp(String key) {
		return this.followUps.find(key).orElseThrow();
	}

	/**
	 * Declares an incident and waits for its room.
	 * @param user who declares it
	 * @param args what follows {@code incident declare}
	 * @return the incident, with its channel
	 */
	protected Incident declare(String user, String args) {
		Answer answer = command(user, "incident declare " + args);
		Matcher matcher = INCIDENT.matcher(answer.text());
		assertThat(matcher.find()).as("declared: %s", answer.text()).isTrue();
		long id = Long.parseLong(matcher.group(1));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.incidents.byId(id).map((i) -> i.setupStep() == SetupStep.DONE).orElse(false));
		return this.incidents.byId(id).orElseThrow();
	}

	protected Answer inChannel(String user, String channel, String text) {
		return command(user, channel, text, "trigger-" + UUID.randomUUID());
	}

	/**
	 * Direct messages to a user that contain a text, waiting for at least one.
	 * @param user the user
	 * @param containing the text
	 * @return the calls, blocks readable
	 */
	protected List<Map<String, String>> awaitDmContaining(String user, String containing) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> dmsTo(user).stream().anyMatch((c) -> readable(c).contains(containing)));
		return dmsTo(user).stream().filter((c) -> readable(c).contains(containing)).toList();
	}

	/**
	 * A call's text and blocks, with JSON's escaping of {@code < > & = '} undone.
	 * @param call the call
	 * @return the readable text
	 */
	protected static String readable(Map<String, String> call) {
		return (call.getOrDefault("text", "") + "\n" + call.getOrDefault("blocks", "")).replace("\\u003c", "<")
			.replace("\\u003e", ">")
			.replace("\\u0026", "&")
			.replace("\\u003d", "=")
			.replace("\\u0027", "'");
	}

	/**
	 * Submits the resolution modal.
	 * @param incident the incident
	 * @param by who resolves it
	 * @param actions follow-up actions and owners: {@code followup_<n>},
	 * {@code owner_<n>}
	 */
	protected void resolve(Incident incident, String by, Map<String, JsonObject> actions) {
		Map<String, JsonObject> values = new LinkedHashMap<>();
		values.put("summary", text("Labels were flipped"));
		values.put("root_cause", text("No review of the labelling vendor"));
		values.putAll(actions);
		JsonObject valueMap = new JsonObject();
		values.forEach((block, value) -> {
			JsonObject action = new JsonObject();
			action.add("value", value);
			valueMap.add(block, action);
		});
		assertThat(submit(by, "incident_resolve", Long.toString(incident.id()), valueMap).status()).isEqualTo(200);
	}

	protected static JsonObject text(String text) {
		JsonObject value = new JsonObject();
		value.addProperty("type", "plain_text_input");
		value.addProperty("value", text);
		return value;
	}

	protected static JsonObject userSelect(String userId) {
		JsonObject selected = new JsonObject();
		selected.addProperty("type", "users_select");
		selected.addProperty("selected_user", userId);
		return selected;
	}

}
