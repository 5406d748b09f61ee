package io.violet.initiative.bom;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.initiative.InitiativeSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * End-to-end tests of the ML-BOM and model scans on real initiatives, created with
 * {@code /violet initiative new}.
 */
public abstract class BomTestSupport extends InitiativeTestSupport {

	@Autowired
	protected JdbcTemplate jdbc;

	/**
	 * Creates an initiative owned by its creator and waits for its thread.
	 * @param owner the owner
	 * @param name its name
	 * @param flags more of {@code initiative new}, e.g. {@code --genai}
	 * @return it
	 */
	protected InitiativeSummary newInitiative(String owner, String name, String... flags) {
		String key = create(owner, "\"" + name + "\" " + String.join(" ", flags));
		awaitThread(key);
		return this.initiatives.find(key).orElseThrow();
	}

	/**
	 * The replies in an initiative's thread that contain a text, waiting until there are
	 * at least {@code count}.
	 * @param key the initiative
	 * @param containing the text
	 * @param count how many to wait for
	 * @return their texts
	 */
	protected List<String> awaitNotes(String key, String containing, int count) {
		String ts = awaitThread(key);
		await().atMost(Duration.ofSeconds(20)).until(() -> notes(key, ts, containing).size() >= count);
		return notes(key, ts, containing);
	}

	/**
	 * The replies in an initiative's thread that contain a text, now.
	 * @param key the initiative
	 * @param containing the text
	 * @return their texts
	 */
	protected List<String> notesNow(String key, String containing) {
		return notes(key, awaitThread(key), containing);
	}

	private List<String> notes(String key, String ts, String containing) {
		return replies(ts).stream().map((c) -> c.get("text")).filter((t) -> t.contains(containing)).toList();
	}

	protected String threadTs(String key) {
		return awaitThread(key);
	}

	/**
	 * The {@code ComponentAdded} events published for an initiative, as the event
	 * publication registry stored them for their listener.
	 * @param key the initiative
	 * @return the events as JSON, oldest first
	 */
	protected List<JsonObject> componentEvents(String key) {
		// one publication per listener (review and teaming both listen): each event once
		// completed publications move to the archive table
		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"SELECT SERIALIZED_EVENT FROM (SELECT SERIALIZED_EVENT, PUBLICATION_DATE FROM EVENT_PUBLICATION "
						+ "WHERE EVENT_TYPE = ? UNION ALL SELECT SERIALIZED_EVENT, PUBLICATION_DATE FROM "
						+ "EVENT_PUBLICATION_ARCHIVE WHERE EVENT_TYPE = ?) p GROUP BY SERIALIZED_EVENT "
						+ "ORDER BY MIN(PUBLICATION_DATE)",
				"io.violet.initiative.ComponentAdded", "io.violet.initiative.ComponentAdded");
		return rows.stream()
			.map((row) -> JsonParser.parseString((String) row.get("SERIALIZED_EVENT")).getAsJsonObject())
			.filter((json) -> key.equals(json.get("initiativeKey").getAsString()))
			.toList();
	}

	protected static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
