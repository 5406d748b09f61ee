package io.violet.review.scan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.initiative.bom.BomTestSupport;
import io.violet.testing.HostileText;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ScanApiTests extends BomTestSupport {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	Scans scans;

	@Autowired
	AuditTrail audit;

	@Test
	void aFailingScanIsStoredAndPingsTheModelScanOwnersInTheThread() {
		String owner = newUser();
		String key = newInitiative(owner, "Fraud scoring").key();
		command(owner, "bom add " + key + " model fraud-gbm@2.3.0 --supplier Acme");
		String analyst = newUser();
		String engineer = newUser();
		this.directory.assign(Role.THREAT_ANALYST, List.of(analyst), false, ADMIN);
		this.directory.assign(Role.ML_ENGINEER, List.of(engineer), false, ADMIN);
		String token = token(unique("ci"));

		Reply reply = post(token, report(key, "fraud-gbm@2.3.0", "fail",
				",\"summary\":\"pickle opcode GLOBAL os.system <@channel>\",\"findings\":{\"critical\":1,\"high\":2},"
						+ "\"reportUrl\":\"https://ci.example.com/scans/7\""),
				null);

		assertThat(reply.status()).isEqualTo(201);
		long id = reply.json().get("id").getAsLong();
		assertThat(reply.json().get("component").getAsString()).isEqualTo("fraud-gbm@2.3.0");
		ScanResult stored = this.scans.of(key).get(0);
		assertThat(stored.id()).isEqualTo(id);
		assertThat(stored.outcome()).isEqualTo(ScanOutcome.FAIL);
		assertThat(stored.findings()).isEqualTo(new ScanReport.Findings(1, 2, 0, 0));
		assertThat(stored.reportedBy()).startsWith("pipeline:ci-");
		String note = awaitNotes(key, "Model scan failed", 1).get(0);
		assertThat(note).contains("Model scan failed")
			.contains("`fraud-gbm@2.3.0` by modelscan")
			.contains("1 critical · 2 high")
			.contains("<@" + analyst + ">")
			.contains("<@" + engineer + ">")
			.contains("&lt;@channel&gt;")
			.contains("<https://ci.example.com/scans/7|Full report>");
		assertThat(this.audit.about("initiative:" + key)).anySatisfy((e) -> {
			assertThat(e.action()).isEqualTo("scan.recorded");
			assertThat(e.details()).startsWith("fail fraud-gbm@2.3.0");
		});
	}

	@Test
	void aPassingScanIsNotedWithoutPings() {
		String owner = newUser();
		String key = newInitiative(owner, "Chat").key();
		command(owner, "bom add " + key + " model chat-llm@1.0");
		Reply reply = post(token(unique("ci")), report(key.toLowerCase(), "CHAT-LLM@1.0", "pass", ""), null);
		assertThat(reply.status()).isEqualTo(201);
		assertThat(awaitNotes(key, "Model scan passed", 1).get(0)).doesNotContain("cc ");
	}

	@Test
	void tokensAreCheckedBeforeAnythingElse() {
		String owner = newUser();
		String key = newInitiative(owner, "Vision").key();
		command(owner, "bom add " + key + " model resnet@50");
		String pipeline = unique("nightly");
		String token = token(pipeline);
		String body = report(key, "resnet@50", "pass", "");

		Reply missing = post(null, body, null);
		assertThat(missing.status()).isEqualTo(401);
		assertThat(missing.json().get("message").getAsString()).contains("Missing Authorization");
		assertThat(post("vsc_wrong", body, null).status()).isEqualTo(401);
		assertThat(post(token + "x", "not even json", null).status()).isEqualTo(401);

		assertThat(command(ADMIN, "scan token revoke " + pipeline).text()).contains("Revoked");
		Reply revoked = post(token, body, null);
		assertThat(revoked.status()).isEqualTo(401);
		assertThat(revoked.json().get("message").getAsString()).contains("unknown or revoked");
		assertThat(this.scans.of(key)).isEmpty();
	}

	@Test
	void badBodiesAreRefusedWithAMessage() {
		String owner = newUser();
		String key = newInitiative(owner, "Ranking").key();
		command(owner, "bom add " + key + " model ranker@2");
		String token = token(unique("ci"));

		Map<String, String> cases = Map.of("{\"initiative\":", "not valid JSON", "[1,2]", "must be a JSON object", "{}",
				"initiative is missing; component is missing; tool is missing; result is missing",
				report(key, "ranker", "pass", ""), "component must be", report(key, "ranker@2", "maybe", ""),
				"result must be", report(key, "ranker@2", "pass", ",\"findings\":{\"critical\":-1,\"severe\":2}"),
				"findings.critical must be a whole number",
				report(key, "ranker@2", "pass", ",\"reportUrl\":\"javascript:alert(1)\""), "reportUrl must be",
				"{\"initiative\":7,\"component\":\"ranker@2\",\"tool\":\"x\",\"result\":\"pass\"}",
				"initiative must be a string");
		cases.forEach((body, message) -> {
			Reply reply = post(token, body, null);
			assertThat(reply.status()).as(body).isEqualTo(400);
			assertThat(reply.json().get("message").getAsString()).as(body).contains(message);
		});

		Reply large = post(token, report(key, "ranker@2", "pass", ",\"summary\":\"" + "x".repeat(40_000) + "\""), null);
		assertThat(large.status()).isEqualTo(413);
		assertThat(large.json().get("message").getAsString()).contains("larger than");
		assertThat(this.scans.of(key)).isEmpty();
	}

	@Test
	void unknownInitiativesAndComponentsAreNotFound() {
		String owner = newUser();
		String key = newInitiative(owner, "Search").key();
		command(owner, "bom add " + key + " model search-embed@1");
		String token = token(unique("ci"));

		Reply noInitiative = post(token, report("AI-987654", "search-embed@1", "pass", ""), null);
		assertThat(noInitiative.status()).isEqualTo(404);
		assertThat(noInitiative.json().get("message").getAsString()).contains("no initiative AI-987654");
		Reply noComponent = post(token, report(key, "search-embed@2", "fail", ""), null);
		assertThat(noComponent.status()).isEqualTo(404);
		assertThat(noComponent.json().get("message").getAsString()).contains("does not list search-embed@2");
		assertThat(this.scans.of(key)).isEmpty();
		assertThat(notesNow(key, "Model scan")).isEmpty();
	}

	@Test
	void aRetriedReportWithTheSameIdempotencyKeyIsStoredOnce() {
		String owner = newUser();
		String key = newInitiative(owner, "Pricing").key();
		command(owner, "bom add " + key + " model pricer@4");
		String token = token(unique("ci"));
		String body = report(key, "pricer@4", "fail", "");

		Reply first = post(token, body, "run-81");
		Reply second = post(token, body, "run-81");

		assertThat(first.status()).isEqualTo(201);
		assertThat(second.status()).isEqualTo(200);
		assertThat(second.json().get("id").getAsLong()).isEqualTo(first.json().get("id").getAsLong());
		assertThat(this.scans.of(key)).hasSize(1);
		assertThat(awaitNotes(key, "Model scan failed", 1)).hasSize(1);
	}

	@Test
	void aPipelineWithASixtyFourCharacterNameReportsScans() {
		String owner = newUser();
		String key = newInitiative(owner, "Long names").key();
		command(owner, "bom add " + key + " model long-model@1");
		String prefix = unique("nightly-training-of-the-fraud-models");
		String pipeline = prefix + "-" + "x".repeat(64 - prefix.length() - 1);
		assertThat(pipeline).hasSize(64);

		Reply reply = post(token(pipeline), report(key, "long-model@1", "pass", ""), "run-1");

		assertThat(reply.status()).isEqualTo(201);
		assertThat(this.scans.of(key)).singleElement()
			.satisfies((r) -> assertThat(r.reportedBy()).isEqualTo("pipeline:" + pipeline));
		assertThat(this.audit.about("initiative:" + key))
			.anySatisfy((e) -> assertThat(e.actor()).isEqualTo("pipeline:" + pipeline));
		assertThat(awaitNotes(key, "Model scan passed", 1).get(0)).contains("pipeline " + pipeline);
	}

	@Test
	void fourConcurrentRetriesWithOneIdempotencyKeyStoreOneResultAndAnswerItToAll() throws Exception {
		String owner = newUser();
		String key = newInitiative(owner, "Concurrent retries").key();
		command(owner, "bom add " + key + " model retried@3");
		String token = token(unique("ci"));
		String body = report(key, "retried@3", "fail", ",\"findings\":{\"high\":1}");
		for (int round = 0; round < 5; round++) {
			String idempotencyKey = "run-" + round + "-" + java.util.UUID.randomUUID();
			var start = new java.util.concurrent.CountDownLatch(1);
			var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
			try {
				List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
				for (int i = 0; i < 4; i++) {
					replies.add(pool.submit(() -> {
						start.await();
						return post(token, body, idempotencyKey);
					}));
				}
				start.countDown();
				List<Reply> answers = new java.util.ArrayList<>();
				for (var reply : replies) {
					answers.add(reply.get(60, java.util.concurrent.TimeUnit.SECONDS));
				}
				assertThat(answers).extracting(Reply::status).as("round %d", round).containsOnly(200, 201);
				assertThat(answers).filteredOn((a) -> a.status() == 201).hasSize(1);
				long id = answers.stream()
					.filter((a) -> a.status() == 201)
					.findFirst()
					.orElseThrow()
					.json()
					.get("id")
					.getAsLong();
				assertThat(answers).allSatisfy((a) -> {
					assertThat(a.json().get("id").getAsLong()).isEqualTo(id);
					assertThat(a.json().get("component").getAsString()).isEqualTo("retried@3");
					assertThat(a.json().get("result").getAsString()).isEqualTo("fail");
				});
			}
			finally {
				pool.shutdownNow();
			}
		}
		assertThat(this.scans.of(key)).hasSize(5);
		assertThat(awaitNotes(key, "Model scan failed", 5)).hasSize(5);
	}

	@Test
	void aTokenLimitedToInitiativesIsRefusedForAnyOtherWithJson() {
		String owner = newUser();
		String allowed = newInitiative(owner, "Allowed").key();
		String other = newInitiative(owner, "Other").key();
		command(owner, "bom add " + allowed + " model allowed-model@1");
		command(owner, "bom add " + other + " model other-model@1");
		String pipeline = unique("limited");

		assertThat(command(ADMIN, "scan token create " + pipeline + " --initiatives AI-999999999").text())
			.contains("There is no initiative AI-999999999");
		assertThat(command(ADMIN, "scan token create " + pipeline + " --initiatives fraud").text())
			.contains("is not an initiative key");
		String created = command(ADMIN, "scan token create " + pipeline + " --initiatives " + allowed.toLowerCase())
			.text();
		assertThat(created).contains("reports scans for " + allowed + " only");
		String token = created.substring(created.indexOf("```") + 3, created.lastIndexOf("```")).strip();
		assertThat(command(ADMIN, "scan token list").text()).contains("`" + pipeline + "`").contains("only " + allowed);

		Reply refused = post(token, report(other, "other-model@1", "fail", ""), null);
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("message").getAsString()).contains("only for " + allowed);
		Reply unknown = post(token, report("AI-987654321", "other-model@1", "fail", ""), null);
		assertThat(unknown.status()).isEqualTo(403);
		assertThat(this.scans.of(other)).isEmpty();

		assertThat(post(token, report(allowed, "allowed-model@1", "pass", ""), null).status()).isEqualTo(201);
		assertThat(this.audit.about("scan-token:" + pipeline))
			.anySatisfy((e) -> assertThat(e.details()).isEqualTo("initiatives " + allowed));
	}

	@Test
	void hostileBodiesAndHeadersAreAnsweredWithoutAServerError() {
		String owner = newUser();
		String key = newInitiative(owner, "Hostile bodies").key();
		command(owner, "bom add " + key + " model target@1");
		String token = token(unique("ci"));
		List<String> bodies = new java.util.ArrayList<>(List.of("", "null", "\"x\"", "{", "}", "[".repeat(20_000),
				"{\"a\":".repeat(5_000),
				"{\"initiative\":\"" + key + "\",\"component\":\"target@1\",\"tool\":\"t\","
						+ "\"result\":\"pass\",\"findings\":{\"critical\":1e999999,\"high\":99999999999999999999}}",
				report(key, "target@1", "pass", ",\"summary\":\"" + "<".repeat(3000) + "\""),
				report(key, "target@1", "pass", ",\"summary\":\"" + "x".repeat(3001) + "\""),
				report(key, "@".repeat(300), "pass", ""), report(key, "a@" + "b".repeat(400), "pass", ""),
				report(key, "target@1", "pass", ",\"reportUrl\":\"http://" + "h".repeat(2000) + "\""),
				report(key, "target@1", "pass", ",\"reportUrl\":\"http://[::1\""),
				report("\\u0000", "target@1", "pass", ""), report("AI-" + "9".repeat(40), "target@1", "pass", ""),
				"{\"initiative\":\"" + key + "\",\"initiative\":\"AI-1\"}", "\u0000\uFFFF"));
		HostileText.strings(40).sampleStream().limit(150).forEach(bodies::add);
		HostileText.strings(10)
			.sampleStream()
			.limit(150)
			.map((text) -> report(key, "target@1", "pass", ",\"summary\":" + new com.google.gson.Gson().toJson(text)))
			.forEach(bodies::add);
		for (String body : bodies) {
			Reply reply = post(token, body, null);
			assertThat(reply.status()).as(body.length() > 200 ? body.substring(0, 200) : body).isLessThan(500);
			assertThat(reply.json().has("message") || reply.json().has("id")).isTrue();
		}
		List<String> keys = new java.util.ArrayList<>(List.of("x".repeat(201), " ", "\t", "\u00e9t\u00e9"));
		for (String idempotencyKey : keys) {
			Reply reply = post(token, report(key, "target@1", "pass", ""), idempotencyKey);
			assertThat(reply.status()).as(idempotencyKey).isLessThan(500);
		}
	}

	@Test
	void tokensAreShownOnceAndStoredOnlyAsHashes() {
		String pipeline = unique("release");
		String stranger = newUser();
		assertThat(command(stranger, "scan token create " + pipeline).text())
			.contains("Only Violet admins can manage scan tokens");
		assertThat(command(stranger, "scan token list").text()).contains("Only Violet admins");

		String token = token(pipeline);
		assertThat(command(ADMIN, "scan token create " + pipeline).text()).contains("already has a token");
		assertThat(command(ADMIN, "scan token list").text()).contains("`" + pipeline + "`")
			.contains("never used")
			.doesNotContain(token);
		assertThat(command(ADMIN, "scan token create Bad/Name").text()).contains("is not a pipeline name");

		List<Map<String, Object>> rows = this.jdbc.queryForList("SELECT * FROM scan_token WHERE name = ?", pipeline);
		assertThat(rows).singleElement().satisfies((row) -> {
			assertThat(row.values()).noneMatch((v) -> v != null && v.toString().contains(token.substring(4)));
			assertThat(row.get("token_hash")).isEqualTo(ScanTokens.hash(token));
		});

		assertThat(command(ADMIN, "scan token revoke " + pipeline).text()).contains("Revoked");
		assertThat(command(ADMIN, "scan token revoke " + pipeline).text()).contains("has no valid token");
		String reissued = token(pipeline);
		assertThat(reissued).isNotEqualTo(token);
	}

	private String token(String pipeline) {
		String text = command(ADMIN, "scan token create " + pipeline).text();
		assertThat(text).contains("shown this once");
		int start = text.indexOf("```") + 3;
		return text.substring(start, text.indexOf("```", start)).strip();
	}

	private static String report(String key, String component, String result, String more) {
		return "{\"initiative\":\"" + key + "\",\"component\":\"" + component
				+ "\",\"tool\":\"modelscan\",\"result\":\"" + result + "\"" + more + "}";
	}

	private Reply post(@Nullable String token, String body, @Nullable String idempotencyKey) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/scans"))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Reply(int status, String body) {

		JsonObject json() {
			return JsonParser.parseString(this.body).getAsJsonObject();
		}

	}

}
