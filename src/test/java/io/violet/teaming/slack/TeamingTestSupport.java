package io.violet.teaming.slack;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonObject;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;

import org.springframework.beans.factory.annotation.Autowired;

import static org.awaitility.Awaitility.await;

/**
 * Helpers for end-to-end tests of violet-team sessions: clicks whose answers can be read,
 * and lens modal submissions built from the questions a lens really asks.
 */
abstract class TeamingTestSupport extends InitiativeTestSupport {

	static final List<Role> LENS_ROLES = List.of(Role.ML_ENGINEER, Role.DATA_SCIENTIST, Role.ML_ARCHITECT,
			Role.SECURITY_ARCHITECT, Role.THREAT_ANALYST, Role.PRIVACY, Role.ETHICS, Role.HR, Role.UX_DESIGNER,
			Role.SME, Role.LEGAL, Role.COMPLIANCE, Role.PROCUREMENT);

	@Autowired
	SessionReader reader;

	void vacateLensRoles() {
		LENS_ROLES.forEach(this::vacate);
	}

	SessionView session(String key) {
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reader.latest(key).isPresent());
		return this.reader.latest(key).orElseThrow();
	}

	LensForm form(long sessionId, Lens lens) {
		return this.reader.form(sessionId, lens).orElseThrow();
	}

	/**
	 * Clicks a button; the answer sent to the click's response URL is read with
	 * {@code awaitResponses(responseName)}.
	 */
	Answer clickAs(String userId, String actionId, String value, String responseName) {
		return clickInMessage(userId, actionId, value, "D" + userId, responseName, "trigger-" + responseName);
	}

	/**
	 * The text of the first answer sent to a click's response URL, unescaped.
	 * @param responseName the name given to {@link #clickAs}
	 * @return the text
	 */
	String responseText(String responseName) {
		return com.google.gson.JsonParser.parseString(awaitResponses(responseName).get(0))
			.getAsJsonObject()
			.get("text")
			.getAsString();
	}

	static String name() {
		return "teaming-" + UUID.randomUUID();
	}

	/**
	 * Answers for a page of questions.
	 * @param questions the questions
	 * @param answer what to answer each (null leaves it blank)
	 * @return the state values
	 */
	static JsonObject answers(List<Question> questions, java.util.function.Function<Question, String[]> answer) {
		JsonObject values = new JsonObject();
		for (Question question : questions) {
			String[] given = answer.apply(question);
			if (given == null) {
				continue;
			}
			values.add(LensModal.blockId(question, LensModal.VERDICT),
					selected(LensModal.VERDICT, "radio_buttons", given[0]));
			if (given.length > 1 && given[1] != null) {
				values.add(LensModal.blockId(question, LensModal.SEVERITY),
						selected(LensModal.SEVERITY, "static_select", given[1]));
			}
			if (given.length > 2 && given[2] != null) {
				JsonObject text = new JsonObject();
				text.addProperty("type", "plain_text_input");
				text.addProperty("value", given[2]);
				JsonObject block = new JsonObject();
				block.add(LensModal.TEXT, text);
				values.add(LensModal.blockId(question, LensModal.TEXT), block);
			}
		}
		return values;
	}

	private static JsonObject selected(String actionId, String type, String value) {
		JsonObject option = new JsonObject();
		option.addProperty("value", value);
		JsonObject element = new JsonObject();
		element.addProperty("type", type);
		element.add("selected_option", option);
		JsonObject block = new JsonObject();
		block.add(actionId, element);
		return block;
	}

	/**
	 * Answers a whole lens "no concern", page by page, except the questions given.
	 */
	void answerLens(String userId, long sessionId, Lens lens, Map<String, String[]> except) {
		LensForm form = form(sessionId, lens);
		int pages = LensModal.pages(form);
		for (int page = 0; page < pages; page++) {
			List<Question> questions = LensModal.page(form, page);
			Answer answer = submit(userId, LensModal.CALLBACK_ID, sessionId + "|" + lens.key() + "|" + page,
					answers(questions, (q) -> except.getOrDefault(q.id(), new String[] { "NO_CONCERN" })));
			if (answer.body().contains("\"errors\"")) {
				throw new AssertionError(answer.body());
			}
		}
	}

}
