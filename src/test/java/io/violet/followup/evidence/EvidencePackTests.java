package io.violet.followup.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.JsonObject;
import io.violet.directory.Role;
import io.violet.followup.FollowUpTestSupport;
import io.violet.incident.Incident;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import org.cyclonedx.Version;
import org.cyclonedx.parsers.JsonParser;
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

/**
 * The evidence pack, checked file by file: what is in it, that every hash in
 * {@code SHA256SUMS} is right, and that a private incident is left out (and counted) for
 * a requester outside its room.
 */
class EvidencePackTests extends FollowUpTestSupport {

	@Autowired
	Reviews reviews;

	@Autowired
	io.violet.audit.AuditTrail audit;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	String upload;

	@BeforeEach
	void slackAcceptsUploads() {
		this.upload = "/upload/evidence-" + java.util.UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl() + this.upload
						+ "\",\"file_id\":\"F0EVID\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F0EVID\",\"title\":\"Evidence pack\"}]}");
	}

	@Test
	void thePackHoldsEveryFileWithRightHashesAndLeavesOutAPrivateIncidentForAnOutsider() throws Exception {
		String owner = user("OWN");
		String security = user("SEC");
		String architect = user("ARCH");
		String privacy = user("PRIV");
		String compliance = user("COMP");
		own(Role.SECURITY_ARCHITECT, security);
		own(Role.ML_ARCHITECT, architect);
		own(Role.PRIVACY, privacy);
		own(Role.COMPLIANCE, compliance);
		String key = create(owner, "\"Claims assistant\" --personal-data --genai --risk high");
		awaitThread(key);
		command(owner, "bom add " + key + " model claims-llm@1.2 --supplier Acme --license Apache-2.0");
		command(owner, "bom add " + key + " dataset claims-2026@1 --personal-data");
		command(owner, "scan record " + key + " claims-llm@1.2 modelscan fail \"pickle opcode in weights\"");
		await().atMost(Duration.ofSeconds(20)).until(() -> this.reviews.of(key).size() >= 3);
		long threatModel = review(key, ReviewKind.THREAT_MODEL);
		click(security, "review_approve", Long.toString(threatModel), INITIATIVES_CHANNEL);
		JsonObject changes = textValue(new JsonObject(), "review_text", "Name the retention period of claim notes");
		submit(privacy, "review_changes_modal", review(key, ReviewKind.PRIVACY) + "|" + INITIATIVES_CHANNEL, changes);
		String publicFollowUp = add(owner, "\"Document the human review step\" <@" + owner + "> --initiative " + key);

		Incident open = declare(user("REP"), "data-leakage sev3 \"Claim notes in answers\" --initiative " + key);
		resolve(open, this.commander, Map.of("followup_1", text("Filter claim notes from the context"), "owner_1",
				userSelect(this.commander)));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.incidents.byId(open.id()).orElseThrow().postmortemSummary().isPresent());
		Incident hidden = declare(user("REP"),
				"prompt-injection sev2 \"Secret jailbreak of the claims bot\" --private --initiative " + key);
		String hiddenFollowUp = key(inChannel(this.commander, hidden.channelId().orElseThrow(),
				"incident follow-up \"Patch the secret jailbreak\" <@" + this.commander + ">")
			.text());
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.followUps.ofInitiative(key, owner).stream().anyMatch((f) -> f.origin() != null));

		Answer answer = command(compliance, "evidence " + key.toLowerCase());

		assertThat(answer.text()).contains("Building the evidence pack of *" + key + "*");
		Map<String, String> completed = awaitUpload(key);
		assertThat(completed.get("channel_id")).isEqualTo("D" + compliance);
		assertThat(completed.get("initial_comment")).contains("Evidence pack of *" + key + "*",
				"1 private incident is left out");
		Map<String, byte[]> files = unzip(uploadedZip());
		String folder = files.keySet().iterator().next().split("/")[0];
		assertThat(folder).startsWith(key + "-evidence-");
		Map<String, byte[]> pack = new LinkedHashMap<>();
		files.forEach((name, bytes) -> pack.put(name.substring(folder.length() + 1), bytes));

		assertThat(pack.keySet()).containsExactlyInAnyOrder("initiative.md", "reviews.md", "review-signoffs.csv",
				"findings.csv", "ml-bom.cdx.json", "scans.csv", "incidents/incident-" + open.id() + ".md",
				"follow-ups.csv", "training.csv", "audit.csv", "index.md", "SHA256SUMS");
		String sums = text(pack, "SHA256SUMS");
		List<String> lines = sums.lines().toList();
		assertThat(lines).hasSize(pack.size() - 1);
		for (String line : lines) {
			String[] parts = line.split("  ", 2);
			assertThat(pack).as(line).containsKey(parts[1]);
			assertThat(sha256(pack.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
		}

		assertThat(text(pack, "index.md")).contains("# Evidence pack: " + key + " Claims assistant",
				"for " + compliance, "Stage: Proposed", "EU AI Act risk tier: High", "Private incidents left out: 1",
				"`ml-bom.cdx.json`", "`SHA256SUMS`", "Components: 2", "Incidents: 1");
		assertThat(text(pack, "initiative.md")).contains("Personal data (`--personal-data`)", "EU AI Act Art. 6",
				"Annex III", "Privacy (DPIA)");
		assertThat(text(pack, "reviews.md")).contains("## Threat model", "Security architect: approved by " + security,
				"Privacy: changes requested by " + privacy, "Name the retention period of claim notes",
				"`review.requested`", "`review.changes-requested`");
		assertThat(text(pack, "review-signoffs.csv")).startsWith("review,kind,role,decision,decided_by,decided_at,text")
			.contains("privacy,privacy,changes requested," + privacy);
		assertThat(new JsonParser().validate(pack.get("ml-bom.cdx.json"), Version.VERSION_16)).isEmpty();
		assertThat(text(pack, "ml-bom.cdx.json")).contains("claims-llm", "claims-2026");
		assertThat(text(pack, "scans.csv")).contains("claims-llm@1.2,modelscan,fail", "pickle opcode in weights");
		String incident = text(pack, "incidents/incident-" + open.id() + ".md");
		assertThat(incident)
			.contains("# Incident #" + open.id() + ": Claim notes in answers",
					"GDPR Art. 33 notification: within 72 hours of becoming aware", "## Timeline", "## Post-mortem",
					"Labels were flipped", "Filter claim notes from the context")
			.doesNotContain("3 d 0 h");
		assertThat(text(pack, "follow-ups.csv")).contains(publicFollowUp, "Document the human review step")
			.doesNotContain(hiddenFollowUp, "Patch the secret jailbreak");
		assertThat(text(pack, "training.csv")).contains(owner + ",initiative owner,ai-literacy",
				security + ",security-architect");
		assertThat(text(pack, "audit.csv")).startsWith("id,occurred_at,actor,action,subject,details")
			.contains("initiative.created", "bom.component-added", "review.changes-requested", "followup.created",
					"evidence.exported");
		for (Map.Entry<String, byte[]> file : pack.entrySet()) {
			assertThat(new String(file.getValue(), StandardCharsets.UTF_8)).as(file.getKey())
				.doesNotContain("Secret jailbreak", hidden.channelId().orElseThrow());
		}
	}

	@Test
	void aRequesterInThePrivateRoomGetsItsIncidentInThePack() throws Exception {
		String owner = user("OWN");
		String key = create(owner, "\"Room member's pack\"");
		Incident hidden = declare(user("REP"),
				"prompt-injection sev2 \"Jailbreak the room saw\" --private --initiative " + key);
		String room = hidden.channelId().orElseThrow();
		String joined = "{\"type\":\"member_joined_channel\",\"user\":\"" + owner + "\",\"channel\":\"" + room
				+ "\",\"channel_type\":\"G\",\"team\":\"T0001\",\"event_ts\":\"" + this.clock.instant().getEpochSecond()
				+ ".000100\"}";
		assertThat(event("Ev" + java.util.UUID.randomUUID(), joined).status()).isEqualTo(200);
		String followUp = key(inChannel(this.commander, room,
				"incident follow-up \"Patch the jailbreak the room saw\" <@" + owner + ">")
			.text());

		assertThat(command(owner, "evidence " + key).text()).contains("Building the evidence pack");
		assertThat(awaitUpload(key).get("initial_comment")).doesNotContain("left out");
		Map<String, byte[]> files = unzip(uploadedZip());
		String folder = files.keySet().iterator().next().split("/")[0];
		Map<String, byte[]> pack = new LinkedHashMap<>();
		files.forEach((name, bytes) -> pack.put(name.substring(folder.length() + 1), bytes));
		String incident = "incidents/incident-" + hidden.id() + ".md";
		assertThat(text(pack, incident)).contains("Jailbreak the room saw", "- Private room: yes");
		assertThat(text(pack, "follow-ups.csv")).contains(followUp, "Patch the jailbreak the room saw");
		assertThat(text(pack, "index.md")).contains("Incidents: 1").doesNotContain("left out");
		assertThat(text(pack, "SHA256SUMS")).contains(sha256(pack.get(incident)) + "  " + incident);
	}

	@Test
	void onlyAdminsComplianceLegalAndTheOwnerMayAskAndEachRequestIsAudited() {
		String owner = user("OWN");
		String key = create(owner, "\"Access\"");
		assertThat(command(user("STRANGER"), "evidence " + key).text()).contains("Only Violet admins, compliance");
		assertThat(command(owner, "evidence AI-999999").text()).contains("There is no initiative `AI-999999`");
		assertThat(command(owner, "evidence").text()).contains("Name one initiative");
		assertThat(command(owner, "evidence " + key).text()).contains("Building the evidence pack");
		awaitUpload(key);
		assertThat(command(ADMIN, "evidence " + key).text()).contains("Building the evidence pack");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("files.completeUploadExternal")
				.stream()
				.filter((c) -> String.valueOf(c.get("initial_comment")).contains("Evidence pack of *" + key + "*"))
				.count() == 2);
	}

	@Test
	void theEleventhPackInTenMinutesIsRefusedNamingTheSettingAndAudited() {
		String owner = user("OWN");
		String key = create(owner, "\"Limited packs\"");
		// nine asked for a moment ago (on any replica), the tenth here
		for (int i = 0; i < 9; i++) {
			this.jdbc.update("INSERT INTO command_use (user_id, action, used_at) VALUES (?, 'EVIDENCE_EXPORT', ?)",
					owner, java.sql.Timestamp.from(this.clock.instant().minusSeconds(30)));
		}
		// refusals for want of a role are not counted against anyone
		assertThat(command(user("STRANGER"), "evidence " + key).text()).contains("Only Violet admins, compliance");
		assertThat(command(owner, "evidence " + key).text()).contains("Building the evidence pack");
		awaitUpload(key);

		Answer refused = command(owner, "evidence " + key);
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text())
			.contains("`evidence` 10 times in the last 10 minutes", "nothing was done", "VIOLET_LIMITS_EVIDENCE_EXPORT")
			.doesNotContain("Building");
		assertThat(this.audit.about("user:" + owner)).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo("limit.refused");
			assertThat(r.actor()).isEqualTo(owner);
			assertThat(r.details()).contains("evidence");
		});
		assertThat(this.audit.about("initiative:" + key)).filteredOn((r) -> r.action().equals("evidence.exported"))
			.hasSize(1);

		// someone else may still ask; and once the window has passed, so may the owner
		assertThat(command(ADMIN, "evidence " + key).text()).contains("Building the evidence pack");
		this.clock.advance(Duration.ofMinutes(11));
		assertThat(command(owner, "evidence " + key).text()).contains("Building the evidence pack");
		await().atMost(Duration.ofSeconds(30)).until(() -> uploadsOf(key) == 3);
		assertThat(this.audit.about("initiative:" + key)).filteredOn((r) -> r.action().equals("evidence.exported"))
			.hasSize(3);
	}

	private long uploadsOf(String key) {
		return this.slack.calls("files.completeUploadExternal")
			.stream()
			.filter((c) -> String.valueOf(c.get("initial_comment")).contains("Evidence pack of *" + key + "*"))
			.count();
	}

	private Map<String, String> awaitUpload(String key) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.slack.calls("files.completeUploadExternal")
				.stream()
				.anyMatch((c) -> String.valueOf(c.get("initial_comment")).contains("Evidence pack of *" + key + "*")));
		return this.slack.calls("files.completeUploadExternal")
			.stream()
			.filter((c) -> String.valueOf(c.get("initial_comment")).contains("Evidence pack of *" + key + "*"))
			.findFirst()
			.orElseThrow();
	}

	private byte[] uploadedZip() {
		// the post-mortem's Markdown goes up through the same stand-in: take the ZIP
		List<byte[]> zips = this.slack.server()
			.findAll(postRequestedFor(urlEqualTo(this.upload)))
			.stream()
			.map(LoggedRequest::getBody)
			.filter((body) -> indexOf(body, new byte[] { 'P', 'K', 3, 4 }, 0) >= 0)
			.toList();
		assertThat(zips).hasSize(1);
		byte[] body = zips.get(0);
		// the bytes may travel in a multipart envelope: cut out the ZIP itself
		int start = indexOf(body, new byte[] { 'P', 'K', 3, 4 }, 0);
		int end = lastIndexOf(body, new byte[] { 'P', 'K', 5, 6 }) + 22;
		assertThat(start).isNotNegative();
		return java.util.Arrays.copyOfRange(body, start, end);
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

	private static String text(Map<String, byte[]> pack, String name) {
		assertThat(pack).containsKey(name);
		return new String(pack.get(name), StandardCharsets.UTF_8);
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	private long review(String key, ReviewKind kind) {
		return this.reviews.of(key).stream().filter((r) -> r.kind() == kind).findFirst().orElseThrow().id();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int lastIndexOf(byte[] data, byte[] pattern) {
		int found = -1;
		int at = indexOf(data, pattern, 0);
		while (at >= 0) {
			found = at;
			at = indexOf(data, pattern, at + 1);
		}
		return found;
	}

}
