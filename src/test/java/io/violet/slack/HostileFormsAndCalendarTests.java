package io.violet.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonObject;
import io.violet.testing.HostileText;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile text typed into forms (every field of every modal Violet reads, and its private
 * metadata) and into calendar links is answered at once and never with a server error;
 * the app goes on serving.
 */
class HostileFormsAndCalendarTests extends SlackTestSupport {

	/** Each modal Violet handles, and the fields it reads. */
	private static final List<List<String>> FORMS = List.of(
			List.of("incident_report", "title", "type", "severity", "initiative", "initiative_text", "description",
					"flags", "invite"),
			List.of("incident_resolve", "summary", "root_cause", "follow_ups", "lessons"),
			List.of("incident_aware", "aware", "when", "date", "time"),
			List.of("initiative_new", "initiative_name", "initiative_description", "initiative_owner",
					"initiative_risk", "initiative_attributes"),
			List.of("initiative_bom_add", "kind", "name", "version", "supplier", "license", "hash", "url", "approach",
					"datasets"),
			List.of("training_schedule", "topic", "date", "time", "zone", "every", "roles", "invite"),
			List.of("training_topic", "key", "title", "description", "roles", "minutes"),
			List.of("review_changes_modal", "review_text"), List.of("review_comment_modal", "review_text"),
			List.of("teaming_resolve", "mitigation"), List.of("teaming_lens", "v", "s", "t"));

	private static final Duration AT_ONCE = Duration.ofSeconds(10);

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static List<String> hostileTexts() {
		// the fragments that mean most to a parser, random mixes of all of them, and two
		// of
		// the 40,000-character worst cases (a form field holds at most 3,000)
		List<String> texts = new ArrayList<>(List.of("", "<", ">", "\"", "\u201C", "&lt;", "\\", "--tz", "\u0000",
				"\uD800", "\u202E", "99999999999999999999", "-1", "x".repeat(3000)));
		HostileText.strings(30).sampleStream().limit(12).forEach(texts::add);
		texts.addAll(HostileText.worst40k().subList(0, 2));
		return texts;
	}

	private String submit(String callbackId, List<String> fields, String text) {
		JsonObject values = new JsonObject();
		for (String field : fields) {
			JsonObject typed = new JsonObject();
			typed.addProperty("type", "plain_text_input");
			typed.addProperty("value", text);
			JsonObject actions = new JsonObject();
			actions.add("value", typed);
			actions.add(field, typed);
			values.add(field, actions);
		}
		JsonObject state = new JsonObject();
		state.add("values", values);
		JsonObject view = new JsonObject();
		view.addProperty("id", "V" + UUID.randomUUID().toString().substring(0, 8));
		view.addProperty("hash", UUID.randomUUID().toString());
		view.addProperty("type", "modal");
		view.addProperty("callback_id", callbackId);
		view.addProperty("private_metadata", text.length() > 3000 ? text.substring(0, 3000) : text);
		view.add("state", state);
		JsonObject user = new JsonObject();
		user.addProperty("id", "UHOSTILEFORM");
		JsonObject team = new JsonObject();
		team.addProperty("id", "T0001");
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "view_submission");
		payload.add("user", user);
		payload.add("team", team);
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("token", "legacy");
		payload.addProperty("trigger_id", "trigger-" + UUID.randomUUID());
		payload.add("view", view);
		return payload.toString();
	}

	@Test
	void hostileTextInEveryFormFieldIsAnsweredAtOnceWithoutAServerError() {
		int answered = 0;
		for (String text : hostileTexts()) {
			for (List<String> form : FORMS) {
				long start = System.nanoTime();
				Answer answer = interaction(submit(form.get(0), form.subList(1, form.size()), text));
				Duration took = Duration.ofNanos(System.nanoTime() - start);
				// too large for the endpoint is a clear 413; everything else reaches Bolt
				assertThat(answer.status()).as("%s with %.40s", form.get(0), text).isIn(200, 413);
				assertThat(took).as("%s with %.40s", form.get(0), text).isLessThan(AT_ONCE);
				if (answer.status() == 200) {
					answered++;
				}
			}
		}
		assertThat(answered).as("most submissions reached the handlers").isGreaterThan(FORMS.size() * 20);
		Answer help = command("UHOSTILEFORM", "help");
		assertThat(help.status()).isEqualTo(200);
		assertThat(help.text()).contains("/violet role list");
	}

	private int calendar(String file, String token) throws IOException, InterruptedException {
		String path = URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20");
		String query = URLEncoder.encode(token, StandardCharsets.UTF_8);
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/calendar/" + path + ".ics?t=" + query))
			.timeout(AT_ONCE)
			.GET()
			.build();
		return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	@Test
	void hostileCalendarLinksAreRefusedWithoutAServerError() throws Exception {
		List<String> texts = new ArrayList<>(HostileText.FRAGMENTS);
		HostileText.strings(20).sampleStream().limit(60).forEach(texts::add);
		texts.add("S-" + "9".repeat(40));
		texts.add("S-1" + "<".repeat(4000));
		texts.add("S--1");
		texts.add("S-0x10");
		for (String text : texts) {
			assertThat(calendar(text, text)).as("file %.40s", text).isBetween(400, 499);
			assertThat(calendar("S-1", text)).as("token %.40s", text).isBetween(400, 499);
		}
		assertThat(command("UHOSTILECAL", "help").status()).isEqualTo(200);
	}

}
