package io.violet.training.slack;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The training evidence export's upload under Slack's faults: it is Slack work like the
 * other uploads, so a refusal for good is parked where admins see it, and a 5xx after
 * Slack took the file is retried without uploading it a second time.
 */
class TrainingExportFaultTests extends SlackTestSupport {

	@Autowired
	Directory directory;

	@Autowired
	SlackJobs slackJobs;

	@Autowired
	JdbcTemplate jdbc;

	private String hr;

	private String key;

	@BeforeEach
	void anHrOwnerAndSlackAcceptingUploads() {
		this.hr = "UH" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
		this.directory.assign(Role.HR, List.of(this.hr), false, ADMIN);
		this.key = TrainingExportUpload.TYPE + ":" + this.hr + ":" + this.clock.instant().toEpochMilli();
		String upload = "/upload/training-" + UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl() + upload
						+ "\",\"file_id\":\"F0TRAIN\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
	}

	private List<?> completions() {
		return this.slack.calls("files.completeUploadExternal", "channel_id", "D" + this.hr);
	}

	private SlackJobStatus awaitJob(SlackJobStatus.State state) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slackJobs.find(this.key).map((j) -> j.state() == state).orElse(false));
		return this.slackJobs.find(this.key).orElseThrow();
	}

	private long jobId() {
		return this.jdbc.queryForObject("SELECT id FROM slack_job WHERE job_key = ?", Long.class, this.key);
	}

	@Test
	void aRefusalForGoodIsParkedListedForAdminsAndUploadedOnceAfterTheirRetry() {
		var refused = this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.completeUploadExternal"))
				.atPriority(5)
				.withRequestBody(containing("D" + this.hr))
				.willReturn(okJson("{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"files:write\"}")));

		assertThat(command(this.hr, "training export").text()).contains("Exporting the training completions");

		SlackJobStatus parked = awaitJob(SlackJobStatus.State.PARKED);
		assertThat(parked.lastError()).contains("missing_scope");
		assertThat(completions()).hasSize(1);
		String listed = command(ADMIN, "ops failed").body();
		assertThat(listed).contains("J-" + jobId(), "training export " + this.hr, "missing_scope",
				"Reinstall the Slack app");

		// never tried blindly again
		advanceAndRunSlackJobs(Duration.ofHours(1));
		assertThat(completions()).hasSize(1);

		this.slack.server().removeStub(refused);
		this.slack.stub("files.completeUploadExternal", "{\"ok\":true,\"files\":[{\"id\":\"F0TRAIN\"}]}");
		assertThat(command(ADMIN, "ops retry J-" + jobId()).text()).contains("Retrying J-" + jobId());
		awaitJob(SlackJobStatus.State.DONE);
		assertThat(completions()).hasSize(2);
		assertThat(command(ADMIN, "ops failed").body()).doesNotContain("training export " + this.hr);
	}

	@Test
	void aServerErrorAfterSlackTookTheFileIsRetriedWithoutASecondUpload() {
		String lost = "lost-" + UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.completeUploadExternal"))
				.atPriority(5)
				.withRequestBody(containing("D" + this.hr))
				.inScenario(lost)
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("answered"));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.completeUploadExternal"))
				.atPriority(5)
				.withRequestBody(containing("D" + this.hr))
				.inScenario(lost)
				.whenScenarioStateIs("answered")
				.willReturn(okJson("{\"ok\":true,\"files\":[{\"id\":\"F0TRAIN\"}]}")));
		// Slack made the file although its answer was a 503: the DM shows it
		String today = java.time.LocalDate.ofInstant(this.clock.instant(), java.time.ZoneOffset.UTC).toString();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/conversations.history"))
				.atPriority(5)
				.withRequestBody(containing("D" + this.hr))
				.willReturn(okJson("{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1.000100\",\"files\":"
						+ "[{\"id\":\"F0TRAIN\",\"name\":\"violet-training-completions-" + today
						+ ".csv\",\"title\":\"Training completions\"}]}],\"has_more\":false}")));

		command(this.hr, "training export");

		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slackJobs.find(this.key)
				.map((j) -> j.state() == SlackJobStatus.State.PENDING && j.failures() == 1)
				.orElse(false));
		assertThat(completions()).hasSize(1);

		advanceAndRunSlackJobs(Duration.ofMinutes(1));

		assertThat(this.slackJobs.find(this.key)).get()
			.extracting(SlackJobStatus::state)
			.isEqualTo(SlackJobStatus.State.DONE);
		assertThat(this.slack.calls("conversations.history", "channel", "D" + this.hr)).hasSize(1);
		assertThat(completions()).as("uploaded once").hasSize(1);
	}

}
