package io.violet.teaming.slack;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.directory.Role;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A violet-team session's findings reach the initiative's evidence pack: concerns raised
 * through the lens form, one of them closed with a mitigation, are rows of
 * {@code findings.csv} with their lens, severity, text, who raised and closed them and
 * their state.
 */
class TeamingEvidenceTests extends TeamingTestSupport {

	@Test
	void findingsOfASessionAreRowsOfTheEvidencePacksFindingsCsv() throws Exception {
		String upload = "/upload/teaming-evidence-" + UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl() + upload
						+ "\",\"file_id\":\"F0TEAMEV\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F0TEAMEV\",\"title\":\"Evidence pack\"}]}");

		vacateLensRoles();
		String owner = user("OWNER");
		Map<Lens, String> people = Map.of(Lens.ML, user("ML"), Lens.SECURITY, user("SEC"), Lens.PRIVACY, user("PRIV"),
				Lens.ETHICS, user("ETH"), Lens.UX, user("UX"), Lens.LEGAL, user("LEGAL"));
		own(Role.ML_ENGINEER, people.get(Lens.ML));
		own(Role.SECURITY_ARCHITECT, people.get(Lens.SECURITY));
		own(Role.PRIVACY, people.get(Lens.PRIVACY));
		own(Role.ETHICS, people.get(Lens.ETHICS));
		own(Role.UX_DESIGNER, people.get(Lens.UX));
		own(Role.LEGAL, people.get(Lens.LEGAL));
		String key = create(owner, "\"Evidence of findings\"");
		awaitThread(key);
		command(owner, "teaming start " + key);
		long id = session(key).id();

		String security = people.get(Lens.SECURITY);
		answerLens(security, id, Lens.SECURITY, Map.of(form(id, Lens.SECURITY).open().get(0).id(),
				new String[] { "CONCERN", "critical", "Rules can be probed until a fraud passes" }));
		String engineer = people.get(Lens.ML);
		answerLens(engineer, id, Lens.ML, Map.of(form(id, Lens.ML).open().get(0).id(),
				new String[] { "CONCERN", "medium", "Scores leak, \"quoted\", in logs" }));
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reader.findings(key).size() == 2);
		int critical = this.reader.findings(key)
			.stream()
			.filter((f) -> f.text().startsWith("Rules can be probed"))
			.findFirst()
			.orElseThrow()
			.number();
		String medium = Integer.toString(3 - critical);
		assertThat(command(owner,
				"teaming resolve " + key + " " + Finding.labelOf(critical) + " \"Probing is rate limited and alerted\"")
			.text()).contains("Closed " + key + " " + Finding.labelOf(critical));

		assertThat(command(owner, "evidence " + key).text()).contains("Building the evidence pack of *" + key + "*");
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slack.calls("files.completeUploadExternal")
				.stream()
				.anyMatch((c) -> String.valueOf(c.get("initial_comment")).contains("Evidence pack of *" + key + "*")));
		Map<String, byte[]> pack = unzip(zip(upload));
		String csv = pack.entrySet()
			.stream()
			.filter((e) -> e.getKey().endsWith("/findings.csv"))
			.map((e) -> new String(e.getValue(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();

		List<CSVRecord> rows;
		try (CSVParser parser = CSVParser.parse(csv, CSVFormat.RFC4180)) {
			rows = parser.getRecords();
		}
		assertThat(rows.get(0).toList()).containsExactly("number", "lens", "severity", "text", "raised_by", "raised_at",
				"owner", "due", "state", "resolved_by", "mitigation");
		assertThat(rows).hasSize(3);
		CSVRecord closed = rows.stream()
			.filter((r) -> r.get(0).equals(Integer.toString(critical)))
			.findFirst()
			.orElseThrow();
		assertThat(closed.toList()).startsWith(Integer.toString(critical), Lens.SECURITY.key(), "critical",
				"Rules can be probed until a fraud passes", security);
		assertThat(closed.get(5)).isNotBlank();
		assertThat(closed.get(8)).isEqualTo("resolved");
		assertThat(closed.get(9)).isEqualTo(owner);
		assertThat(closed.get(10)).isEqualTo("Probing is rate limited and alerted");
		CSVRecord open = rows.stream().filter((r) -> r.get(0).equals(medium)).findFirst().orElseThrow();
		assertThat(open.toList()).startsWith(medium, Lens.ML.key(), "medium", "Scores leak, \"quoted\", in logs",
				engineer);
		assertThat(open.get(8)).isEqualTo("open");
		assertThat(open.get(9)).isEmpty();
		assertThat(open.get(10)).isEmpty();
	}

	private byte[] zip(String upload) {
		List<byte[]> zips = this.slack.server()
			.findAll(postRequestedFor(urlEqualTo(upload)))
			.stream()
			.map(LoggedRequest::getBody)
			.filter((body) -> indexOf(body, new byte[] { 'P', 'K', 3, 4 }, 0) >= 0)
			.toList();
		assertThat(zips).hasSize(1);
		byte[] body = zips.get(0);
		// the bytes may travel in a multipart envelope: cut out the ZIP itself
		int start = indexOf(body, new byte[] { 'P', 'K', 3, 4 }, 0);
		int end = -1;
		for (int from = start; (from = indexOf(body, new byte[] { 'P', 'K', 5, 6 }, from)) >= 0; from++) {
			end = from + 22;
		}
		return java.util.Arrays.copyOfRange(body, start, end);
	}

	private static int indexOf(byte[] data, byte[] part, int from) {
		outer: for (int i = from; i <= data.length - part.length; i++) {
			for (int j = 0; j < part.length; j++) {
				if (data[i + j] != part[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				files.put(entry.getName(), in.readAllBytes());
			}
		}
		return files;
	}

}
