package io.violet.audit.slack;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.testing.SlackTestSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class AuditExportTests extends SlackTestSupport {

	@Autowired
	AuditTrail trail;

	String upload;

	@BeforeEach
	void slackAcceptsUploads() {
		this.upload = "/upload/audit-" + UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl() + this.upload
						+ "\",\"file_id\":\"F0AUDIT\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F0AUDIT\",\"title\":\"Violet audit trail\"}]}");
	}

	@Test
	void adminsGetTheTrailSinceADayAsCsvInTheirDirectMessagesAndTheExportIsAudited() throws Exception {
		// far ahead, so that the day holds this test's entries only
		this.clock.set(Instant.parse("2037-10-01T08:00:00Z"));
		this.trail.record("U0EXPORT1", "test.before", "thing:0", "the day before");
		this.clock.set(Instant.parse("2037-10-02T09:00:00Z"));
		this.trail.record("U0EXPORT1", "test.first", "thing:1", "comma, \"quotes\" and\na new line");
		this.clock.advance(Duration.ofMinutes(5));
		this.trail.record("U0EXPORT2", "test.second", "thing:2", null);

		Answer answer = command(ADMIN, "audit export --since 2037-10-02");

		assertThat(answer.text()).contains("Exporting the audit trail since 2037-10-02 as CSV");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("files.completeUploadExternal")
				.stream()
				.anyMatch((c) -> String.valueOf(c.get("initial_comment")).contains("since 2037-10-02")));
		Map<String, String> completed = this.slack.calls("files.completeUploadExternal")
			.stream()
			.filter((c) -> String.valueOf(c.get("initial_comment")).contains("since 2037-10-02"))
			.findFirst()
			.orElseThrow();
		assertThat(completed.get("channel_id")).isEqualTo("D" + ADMIN);
		assertThat(completed.get("initial_comment")).contains("3 entries");
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(uploadedCsv()))
			.getRecords();
		assertThat(rows).extracting((r) -> r.get("action"))
			.containsExactly("test.first", "test.second", "audit.exported");
		assertThat(rows.get(0).get("details")).isEqualTo("comma, \"quotes\" and\na new line");
		assertThat(rows.get(0).get("occurred_at")).isEqualTo("2037-10-02T09:00:00Z");
		assertThat(rows.get(1).get("actor")).isEqualTo("U0EXPORT2");
		assertThat(rows.get(2).get("actor")).isEqualTo(ADMIN);
		assertThat(this.trail.about("audit")).extracting(AuditRecord::action).contains("audit.exported");
	}

	@Test
	void othersAreRefusedAndBadDatesNamed() {
		assertThat(command("U0NOEXPORT", "audit export").text()).contains("Only Violet admins can export");
		assertThat(command(ADMIN, "audit export --since yesterday").text()).contains("is not a date like 2026-01-31",
				"/violet audit export [--since yyyy-MM-dd]");
		assertThat(command(ADMIN, "audit export everything").text()).contains("takes only `--since`");
	}

	private String uploadedCsv() {
		List<String> bodies = this.slack.server()
			.findAll(postRequestedFor(urlEqualTo(this.upload)))
			.stream()
			.map(LoggedRequest::getBody)
			.map((b) -> new String(b, StandardCharsets.UTF_8))
			.filter((b) -> b.contains("id,occurred_at,actor,action,subject,details"))
			.toList();
		assertThat(bodies).hasSize(1);
		String body = bodies.get(0);
		int start = body.indexOf("id,occurred_at");
		// tolerate a multipart envelope after the file
		int end = body.indexOf("\r\n--", start);
		return body.substring(start, (end < 0) ? body.length() : end + 2);
	}

}
