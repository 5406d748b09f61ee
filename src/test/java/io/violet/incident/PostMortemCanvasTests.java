package io.violet.incident;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.slack.SlackJobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The post-mortem as the war room's canvas: created once per post-mortem however often
 * its job runs, the Markdown file instead where the workspace has no canvases, and the
 * room's bookmarks linking the post-mortem, the initiative's thread and the playbook,
 * each once.
 */
class PostMortemCanvasTests extends IncidentTestSupport {

	private static final Pattern KEY = Pattern.compile("AI-\\d+");

	@Autowired
	Initiatives initiatives;

	@Test
	void thePostMortemBecomesTheRoomsCanvasOnceAndTheRoomBookmarksItTheThreadAndThePlaybookOnce() {
		String initiative = initiative("\"Pricing model\"");
		InitiativeDetails details = awaitThread(initiative);
		// the playbook's bookmark meets Slack's internal_error once: that run ends there,
		// and the next one does only what is left
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/bookmarks.add"))
				.atPriority(10)
				.withRequestBody(containing("Playbook"))
				.inScenario("playbook bookmark")
				.whenScenarioStateIs(Scenario.STARTED)
				.willSetStateTo("failed once")
				.willReturn(okJson("{\"ok\":false,\"error\":\"internal_error\"}")));
		Incident incident = awaitSetUp(
				declare(newUser(), "model-theft sev2 \"Pricing model scraped\" --initiative " + initiative));
		String channel = incident.channelId().orElseThrow();

		resolve(incident, "VCANVAS");
		awaitPublishFailures(incident.id(), 1);
		assertThat(bookmarks(channel, "Playbook")).hasSize(1);
		retryDueWork();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find(PUBLISH + incident.id())
				.map((j) -> j.state() == SlackJobStatus.State.DONE)
				.orElse(false));

		Map<String, String> canvas = this.slack.calls("conversations.canvases.create", "channel_id", channel)
			.stream()
			.map(IncidentTestSupport::readable)
			.collect(singleElement());
		assertThat(canvas.get("title")).isEqualTo("Post-mortem " + incident.label());
		assertThat(canvas.get("document_content")).contains("\"type\":\"markdown\"", "# Post-mortem", "## Timeline",
				"## Checklist", "AML.T0024.002", "Time to contain");
		assertThat(this.slack.calls("files.completeUploadExternal", "channel_id", channel)).isEmpty();
		assertThat(this.queries.byId(incident.id()).orElseThrow().postmortemUploaded()).isTrue();

		String canvasId = this.slack.calls("files.info")
			.stream()
			.map((c) -> c.get("file"))
			.filter((f) -> f != null && f.startsWith("F"))
			.filter((f) -> bookmarks(channel, "Post-mortem").stream().anyMatch((b) -> b.get("link").endsWith(f)))
			.findFirst()
			.orElseThrow();
		assertThat(bookmarks(channel, "Post-mortem")).singleElement().satisfies((b) -> {
			assertThat(b.get("title")).isEqualTo("Post-mortem (canvas)");
			assertThat(b.get("type")).isEqualTo("link");
			assertThat(b.get("link")).isEqualTo("https://violet-test.slack.com/files/UBOT/" + canvasId);
		});
		assertThat(bookmarks(channel, "Initiative")).singleElement().satisfies((b) -> {
			assertThat(b.get("title")).isEqualTo("Initiative " + initiative + " thread");
			assertThat(b.get("link")).isEqualTo("https://violet-test.slack.com/archives/" + details.channelId() + "/p"
					+ encoded(details.threadTs()));
		});
		// the refused call and the one that took
		assertThat(bookmarks(channel, "Playbook")).hasSize(2).allSatisfy((b) -> {
			assertThat(b.get("title")).isEqualTo("Playbook: model-theft checklist");
			assertThat(b.get("link")).isEqualTo("https://violet-test.slack.com/archives/" + channel + "/p"
					+ encoded(incident.summaryTs().orElseThrow()));
		});

		// reopened and resolved again: the post-mortem stays the one already published
		String commander = commander();
		inRoom(commander, channel, "close");
		inRoom(commander, channel, "reopen");
		// a room refresh still pending in a backoff absorbs the new one and keeps its
		// time: the standing clock must reach it
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			advanceAndRunSlackJobs(Duration.ofSeconds(20));
			return lastTopic(channel).contains("investigating");
		});
		int topics = callsIn("conversations.setTopic", channel).size();
		resolve(incident, "VCANVAS2");
		// the room's refresh is queued with the resolution, as a second publication would
		// be: once the topic says resolved, that one would have run too
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			advanceAndRunSlackJobs(Duration.ofSeconds(20));
			return callsIn("conversations.setTopic", channel).size() > topics
					&& lastTopic(channel).contains("resolved");
		});
		runDueSlackJobs();
		assertThat(this.slack.calls("conversations.canvases.create", "channel_id", channel)).hasSize(1);
		assertThat(this.slack.calls("bookmarks.add", "channel_id", channel)).hasSize(4);
	}

	@ParameterizedTest
	@ValueSource(strings = { "not_allowed", "free_team_not_allowed" })
	void aWorkspaceWithoutCanvasesGetsTheMarkdownFileBookmarkedInstead(String refusal) {
		String upload = "/upload/pm-" + UUID.randomUUID();
		this.slack.stub("conversations.canvases.create", "{\"ok\":false,\"error\":\"" + refusal + "\"}");
		this.slack.stub("files.getUploadURLExternal",
				"{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl() + upload + "\",\"file_id\":\"F123\"}");
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F123\",\"title\":\"Post-mortem\"}]}");
		this.slack.server()
			.stubFor(WireMock.post(urlPathEqualTo(upload)).willReturn(aResponse().withStatus(200).withBody("OK")));
		Incident incident = awaitSetUp(declare(newUser(), "data-poisoning sev3 \"Poisoned labels\""));
		String channel = incident.channelId().orElseThrow();

		resolve(incident, "VFILE");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.queries.byId(incident.id()).orElseThrow().postmortemUploaded()
					&& bookmarks(channel, "Playbook").size() == 1);

		assertThat(this.slack.calls("conversations.canvases.create", "channel_id", channel)).hasSize(1);
		assertThat(this.slack.calls("files.completeUploadExternal", "channel_id", channel)).singleElement();
		assertThat(this.slack.server().findAll(WireMock.postRequestedFor(urlPathEqualTo(upload)))).singleElement()
			.satisfies((r) -> assertThat(r.getBodyAsString()).contains("# Post-mortem", "## Checklist"));
		assertThat(bookmarks(channel, "Post-mortem")).singleElement().satisfies((b) -> {
			assertThat(b.get("title")).isEqualTo("Post-mortem (Markdown)");
			assertThat(b.get("link")).isEqualTo("https://violet-test.slack.com/files/UBOT/F123");
		});
		assertThat(bookmarks(channel, "Initiative")).isEmpty();
		assertThat(callsIn("chat.postMessage", channel))
			.noneSatisfy((c) -> assertThat(c.get("text")).contains("could not attach the post-mortem"));
	}

	private static final String PUBLISH = "incident.postmortem-publish:";

	private void resolve(Incident incident, String view) {
		interaction(submission(commander(), "incident_resolve", view + System.nanoTime(), Long.toString(incident.id()),
				Map.of("summary", text("An API key cloned the model"), "root_cause", text("No rate limit per key"))));
	}

	/** The stand-in answers with the ts as the form carried it. */
	private static String encoded(String ts) {
		return java.net.URLEncoder.encode(ts, java.nio.charset.StandardCharsets.UTF_8);
	}

	private String lastTopic(String channel) {
		List<Map<String, String>> topics = callsIn("conversations.setTopic", channel);
		return topics.isEmpty() ? "" : topics.get(topics.size() - 1).get("topic");
	}

	private void awaitPublishFailures(long id, int failures) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slackJobs.find(PUBLISH + id)
				.map((j) -> j.state() == SlackJobStatus.State.PENDING && j.failures() >= failures)
				.orElse(false));
	}

	private List<Map<String, String>> bookmarks(String channel, String titled) {
		return this.slack.calls("bookmarks.add", "channel_id", channel)
			.stream()
			.filter((b) -> String.valueOf(b.get("title")).startsWith(titled))
			.toList();
	}

	private String initiative(String args) {
		Answer answer = command(newUser(), "initiative new " + args);
		Matcher matcher = KEY.matcher(answer.text());
		assertThat(matcher.find()).as(answer.text()).isTrue();
		return matcher.group();
	}

	private InitiativeDetails awaitThread(String key) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.initiatives.details(key).map(InitiativeDetails::threadTs).isPresent());
		return this.initiatives.details(key).orElseThrow();
	}

	private static <T> java.util.stream.Collector<T, ?, T> singleElement() {
		return java.util.stream.Collectors.collectingAndThen(java.util.stream.Collectors.toList(), (list) -> {
			assertThat(list).hasSize(1);
			return list.get(0);
		});
	}

}
