package io.violet.followup.tracker;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.incident.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups mirrored to Jira Cloud (a WireMock stand-in of REST API v3): created with a
 * link back, closed by webhook and by the reconcile, reopened from Violet, and a Jira
 * outage that only delays the sync.
 */
@TestPropertySource(properties = { "violet.tracker.kind=jira", "violet.tracker.project=OPS",
		"violet.tracker.user=bot@example.com", "violet.tracker.token=jira-api-token",
		"violet.tracker.webhook-secret=" + TrackerTestSupport.WEBHOOK_SECRET, "violet.tracker.timeout=2s" })
class JiraTrackerTests extends TrackerTestSupport {

	private final WireMock jira = new WireMock(TrackerStub.jira().server());

	@Autowired
	AuditTrail audit;

	@DynamicPropertySource
	static void jiraUrl(DynamicPropertyRegistry registry) {
		registry.add("violet.tracker.url", () -> TrackerStub.jira().url());
	}

	@BeforeEach
	void jiraAnswers() {
		TrackerStub.jira().server().resetAll();
		this.jira.register(WireMock.post(urlEqualTo("/rest/api/3/issue"))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{\"id\":\"1{{randomValue length=6 type='NUMERIC'}}\",\"key\":\"OPS-{{randomValue length=7 "
						+ "type='NUMERIC'}}\",\"self\":\"https://jira/rest/api/3/issue/1\"}")
				.withTransformers("response-template")));
		this.jira.register(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson("{\"issues\":[]}")));
		this.jira.register(get(urlPathMatching("/rest/api/3/issue/OPS-\\d+")).willReturn(okJson(status("new"))));
		this.jira.register(get(urlPathMatching("/rest/api/3/issue/OPS-\\d+/transitions"))
			.willReturn(okJson("{\"transitions\":[{\"id\":\"11\",\"name\":\"To Do\",\"to\":{\"statusCategory\":"
					+ "{\"key\":\"new\"}}},{\"id\":\"21\",\"name\":\"In Progress\",\"to\":{\"statusCategory\":"
					+ "{\"key\":\"indeterminate\"}}},{\"id\":\"31\",\"name\":\"Done\",\"to\":{\"statusCategory\":"
					+ "{\"key\":\"done\"}}}]}")));
		this.jira.register(WireMock.post(urlPathMatching("/rest/api/3/issue/OPS-\\d+/transitions"))
			.willReturn(aResponse().withStatus(204)));
	}

	@Test
	void aNewFollowUpBecomesAJiraIssueWithALinkBackAndShowsItsLink() {
		String initiative = create(user("INIT"), "\"Loan scoring\"");
		String key = add(user("ASK"),
				"\"Add a drift alarm\" <@" + user("OWN") + "> --severity high --initiative " + initiative);

		FollowUp.TrackerIssue issue = awaitIssue(key);

		assertThat(issue.kind()).isEqualTo("jira");
		assertThat(issue.url()).isEqualTo(TrackerStub.jira().url() + "/browse/" + issue.reference());
		List<LoggedRequest> created = creates(key);
		assertThat(created).hasSize(1);
		LoggedRequest request = created.get(0);
		assertThat(request.getHeader("Authorization")).startsWith("Basic ");
		String body = request.getBodyAsString();
		assertThat(body).contains("\"project\":{\"key\":\"OPS\"}", "\"issuetype\":{\"name\":\"Task\"}",
				"\"summary\":\"[" + key + "] Add a drift alarm\"", "\"type\":\"doc\"", "\"violet-" + key + "\"",
				"\"violet\"", "violet-followup:" + key, "Loan scoring", "app_redirect?channel=" + INITIATIVES_CHANNEL,
				"\"text\":\"high\"");
		assertThat(command(ADMIN, "follow-up show " + key).text()).contains(issue.url(), issue.reference());
	}

	@Test
	void closedInJiraByWebhookTheFollowUpIsDoneAndNothingIsSentBack() {
		String initiative = create(user("INIT"), "\"Webhook\"");
		String key = add(user("ASK"), "\"Close me in Jira\" <@" + user("OWN") + "> --initiative " + initiative);
		String reference = awaitIssue(key).reference();

		String event = issueEvent(reference, "done");
		Answer answer = webhook("jira", event, "X-Hub-Signature", sign(event), null);

		assertThat(answer.status()).as(answer.body()).isEqualTo(200);
		assertThat(followUp(key).done()).isTrue();
		assertThat(followUp(key).closedBy()).isEqualTo("tracker:jira");
		// the same event again, and Jira's echo of it, change nothing
		assertThat(webhook("jira", event, "X-Hub-Signature", sign(event), null).body()).contains("unchanged");
		this.sync.runDue();
		assertThat(transitions(reference)).isEmpty();

		// Jira has it done; reopened in Violet, it goes back to "to do" there
		this.jira.register(
				get(urlPathEqualTo("/rest/api/3/issue/" + reference)).atPriority(1).willReturn(okJson(status("done"))));
		command(ADMIN, "follow-up reopen " + key);
		await().atMost(Duration.ofSeconds(20)).until(() -> transitions(reference).size() == 1);
		assertThat(transitions(reference).get(0).getBodyAsString()).contains("\"id\":\"11\"");
	}

	@Test
	void aWebhookThatNeverCameIsMadeUpForByTheReconcile() {
		String initiative = create(user("INIT"), "\"Reconcile\"");
		String key = add(user("ASK"), "\"Missed webhook\" <@" + user("OWN") + "> --initiative " + initiative);
		String reference = awaitIssue(key).reference();
		this.jira.register(get(urlPathEqualTo("/rest/api/3/search/jql")).withQueryParam("jql", containing(reference))
			.atPriority(1)
			.willReturn(okJson("{\"issues\":[{\"key\":\"" + reference + "\",\"fields\":" + fields("done") + "}]}")));

		this.reconcile.run();

		assertThat(followUp(key).done()).isTrue();
		assertThat(followUp(key).closedBy()).isEqualTo("tracker:jira");
		this.reconcile.run();
		assertThat(transitions(reference)).isEmpty();
	}

	@Test
	void closingInVioletTransitionsTheIssueIntoDone() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Close from Violet\"");
		String key = add(owner, "\"Close me in Violet\" <@" + owner + "> --initiative " + initiative);
		String reference = awaitIssue(key).reference();

		command(owner, "follow-up done " + key);

		await().atMost(Duration.ofSeconds(20)).until(() -> transitions(reference).size() == 1);
		assertThat(transitions(reference).get(0).getBodyAsString()).contains("\"id\":\"31\"");
		await().atMost(Duration.ofSeconds(20)).until(() -> !syncPending(key));
		// Jira's webhook for that transition is an echo: nothing moves
		String echo = issueEvent(reference, "done");
		assertThat(webhook("jira", echo, "X-Hub-Signature", sign(echo), null).body()).contains("unchanged");
		this.sync.runDue();
		assertThat(transitions(reference)).hasSize(1);
	}

	@Test
	void jiraDownDelaysTheSyncAndALostAnswerCreatesNoSecondIssue() {
		TrackerStub.jira().server().resetAll();
		this.jira.register(WireMock.post(urlEqualTo("/rest/api/3/issue")).willReturn(aResponse().withStatus(503)));
		String initiative = create(user("INIT"), "\"Outage\"");
		String key = add(user("ASK"), "\"Survive the outage\" <@" + user("OWN") + "> --initiative " + initiative);
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(key) == 1);
		assertThat(followUp(key).tracker()).isNull();
		assertThat(syncPending(key)).isTrue();

		// Jira is back, but answers too late: it created the issue, Violet never heard
		this.jira.register(WireMock.post(urlEqualTo("/rest/api/3/issue"))
			.atPriority(1)
			.willReturn(okJson("{\"id\":\"10001\",\"key\":\"OPS-424242\"}").withFixedDelay(4000)));
		this.jira.register(get(urlPathEqualTo("/rest/api/3/search/jql")).willReturn(okJson("{\"issues\":[]}")));
		sweepLater();
		assertThat(attempts(key)).isEqualTo(2);
		assertThat(followUp(key).tracker()).isNull();

		// the retry finds the issue by its label instead of creating a second one
		this.jira
			.register(get(urlPathEqualTo("/rest/api/3/search/jql")).withQueryParam("jql", containing("violet-" + key))
				.atPriority(1)
				.willReturn(okJson("{\"issues\":[{\"key\":\"OPS-424242\",\"fields\":" + fields("new") + "}]}")));
		sweepLater();

		assertThat(followUp(key).tracker()).isNotNull();
		assertThat(followUp(key).tracker().reference()).isEqualTo("OPS-424242");
		assertThat(syncPending(key)).isFalse();
		assertThat(creates(key)).hasSize(2);
	}

	@Test
	void aRefusedTokenParksTheSyncWhichAdminsSeeAndRetryOnceJiraIsFixed() {
		this.jira.register(WireMock.post(urlEqualTo("/rest/api/3/issue"))
			.atPriority(1)
			.willReturn(
					aResponse().withStatus(401).withBody("{\"errorMessages\":[\"Client must be authenticated\"]}")));
		String initiative = create(user("INIT"), "\"Refused token\"");
		String key = add(user("ASK"), "\"Survive a refused token\" <@" + user("OWN") + "> --initiative " + initiative);
		await().atMost(Duration.ofSeconds(20)).until(() -> parked(key));
		assertThat(attempts(key)).isEqualTo(1);
		assertThat(followUp(key).tracker()).isNull();

		assertThat(readable(awaitDmContaining(ADMIN, "sync of follow-up *" + key + "* is parked").get(0)))
			.contains("after 1 try:", "HTTP 401", "/violet follow-up tracker retry " + key)
			.doesNotContain("Survive a refused token");
		assertThat(command(user("NOADMIN"), "follow-up tracker").text()).contains("Only Violet admins");
		assertThat(command(ADMIN, "follow-up tracker").text()).contains("*Tracker sync* — jira, `OPS`",
				"*" + key + "* after 1 try, ", "HTTP 401", "tracker retry all");

		// the token is fixed; a parked sync waits for an admin, not for the sweep
		TrackerStub.jira().server().resetAll();
		jiraAnswers();
		sweepLater();
		assertThat(followUp(key).tracker()).isNull();
		assertThat(creates(key)).isEmpty();

		assertThat(command(user("NOADMIN"), "follow-up tracker retry " + key).text()).contains("Only Violet admins");
		assertThat(command(ADMIN, "follow-up tracker retry " + key).text()).contains("1 parked sync runs again");
		sweepLater();
		assertThat(awaitIssue(key).reference()).startsWith("OPS-");
		assertThat(creates(key)).hasSize(1);
		assertThat(parked(key)).isFalse();
		assertThat(this.audit.about("tracker:jira")).extracting(AuditRecord::details).contains(key);
	}

	@Test
	void aParkedSyncIsAmongTheAdminsDeadLettersAndOpsRetryCreatesTheIssueOnce() {
		this.jira.register(WireMock.post(urlEqualTo("/rest/api/3/issue"))
			.atPriority(1)
			.willReturn(
					aResponse().withStatus(401).withBody("{\"errorMessages\":[\"Client must be authenticated\"]}")));
		String initiative = create(user("INIT"), "\"Dead letters\"");
		String key = add(user("ASK"),
				"\"Listed among dead letters\" <@" + user("OWN") + "> --initiative " + initiative);
		String other = add(user("ASK"), "\"Retried with all\" <@" + user("OWN") + "> --initiative " + initiative);
		await().atMost(Duration.ofSeconds(20)).until(() -> parked(key) && parked(other));
		String id = "T-" + FollowUp.idOf(key);
		String otherId = "T-" + FollowUp.idOf(other);

		assertThat(command(user("NOADMIN"), "ops failed").text()).contains("Only Violet admins");
		assertThat(command(user("NOADMIN"), "ops retry " + id).text()).contains("Only Violet admins");
		String listed = deadLetters();
		assertThat(listed)
			.contains("*" + id + "* jira sync of follow-up " + key, "HTTP 401", "Client must be authenticated",
					"1 attempt", "What to do: Fix the cause in jira")
			.contains("*" + otherId + "* jira sync of follow-up " + other)
			.doesNotContain("Listed among dead letters");

		// the token is fixed; nothing runs until an admin retries
		TrackerStub.jira().server().resetAll();
		jiraAnswers();
		sweepLater();
		assertThat(creates(key)).isEmpty();

		assertThat(command(ADMIN, "ops retry " + id).text()).contains("Retrying " + id);
		assertThat(parked(key)).isFalse();
		sweepLater();
		assertThat(awaitIssue(key).reference()).startsWith("OPS-");
		assertThat(creates(key)).hasSize(1);
		assertThat(deadLetters()).doesNotContain("*" + id + "*").contains("*" + otherId + "*");
		assertThat(command(ADMIN, "ops retry " + id).text()).contains("Nothing to retry", id + " is not parked");

		assertThat(command(ADMIN, "ops retry all").text()).contains(otherId);
		sweepLater();
		assertThat(awaitIssue(other).reference()).startsWith("OPS-");
		assertThat(creates(other)).hasSize(1);
		assertThat(creates(key)).hasSize(1);
		assertThat(this.audit.about("tracker:jira")).extracting(AuditRecord::details)
			.contains(key + " (ops retry)", other + " (ops retry)");
	}

	/**
	 * What {@code /violet ops failed} shows an admin: the text of every block.
	 */
	private String deadLetters() {
		StringBuilder text = new StringBuilder();
		for (var block : command(ADMIN, "ops failed").json().getAsJsonArray("blocks")) {
			var object = block.getAsJsonObject();
			if (object.has("text")) {
				text.append(object.getAsJsonObject("text").get("text").getAsString()).append('\n');
			}
		}
		return text.toString();
	}

	private boolean parked(String key) {
		Integer n = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM tracker_sync WHERE follow_up_id = ? AND parked = TRUE", Integer.class,
				FollowUp.idOf(key));
		return n != null && n > 0;
	}

	@Test
	void aPrivateIncidentsFollowUpReachesJiraWithoutTheIncident() {
		Incident incident = declare(user("REP"), "data-leakage sev2 \"Payroll data in answers\" --private");
		String key = key(inChannel(this.commander, incident.channelId().orElseThrow(),
				"incident follow-up \"Purge payroll rows from the index\" <@" + this.commander + ">")
			.text());

		awaitIssue(key);

		String body = creates(key).get(0).getBodyAsString();
		assertThat(body)
			.contains("[" + key + "] Follow-up of a private incident (details in Slack)",
					"/violet follow-up show " + key, "violet-followup:" + key)
			.doesNotContain("Payroll", "payroll", "Purge", incident.channelId().orElseThrow(), incident.label());
	}

	@Test
	void anythingUnverifiedOrMalformedIsRefusedWithA4xx() {
		String event = issueEvent("OPS-1", "done");
		assertThat(webhook("jira", event, "X-Hub-Signature", null, null).status()).isEqualTo(401);
		assertThat(webhook("jira", event, "X-Hub-Signature", sign(event + " "), null).status()).isEqualTo(401);
		assertThat(webhook("jira", event, "X-Hub-Signature", "sha256=zz", null).status()).isEqualTo(401);
		assertThat(webhook("jira", event, "X-Hub-Signature-256", sign(event), null).status()).isEqualTo(401);
		assertThat(webhook("github", event, "X-Hub-Signature-256", sign(event), "issues").status()).isEqualTo(404);
		String broken = "{\"webhookEvent\":";
		assertThat(webhook("jira", broken, "X-Hub-Signature", sign(broken), null).status()).isEqualTo(400);
		String noKey = "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{}}";
		assertThat(webhook("jira", noKey, "X-Hub-Signature", sign(noKey), null).status()).isEqualTo(400);
		String array = "[1,2]";
		assertThat(webhook("jira", array, "X-Hub-Signature", sign(array), null).status()).isEqualTo(400);
		String other = issueEvent("SEC-7", "done").replace("\"OPS\"", "\"SEC\"");
		assertThat(webhook("jira", other, "X-Hub-Signature", sign(other), null).status()).isEqualTo(202);
		String unknown = issueEvent("OPS-999999999", "done");
		assertThat(webhook("jira", unknown, "X-Hub-Signature", sign(unknown), null).status()).isEqualTo(202);
		String huge = "{\"webhookEvent\":\"" + "x".repeat(1024 * 1024) + "\"}";
		assertThat(webhook("jira", huge, "X-Hub-Signature", sign(huge), null).status()).isEqualTo(413);
	}

	private FollowUp.TrackerIssue awaitIssue(String key) {
		await().atMost(Duration.ofSeconds(20)).until(() -> followUp(key).tracker() != null);
		return followUp(key).tracker();
	}

	private List<LoggedRequest> creates(String key) {
		return TrackerStub.jira()
			.server()
			.findAll(postRequestedFor(urlEqualTo("/rest/api/3/issue"))
				.withRequestBody(matchingJsonPath("$.fields.labels[?(@ == 'violet-" + key + "')]")));
	}

	private List<LoggedRequest> transitions(String reference) {
		return TrackerStub.jira()
			.server()
			.findAll(postRequestedFor(urlEqualTo("/rest/api/3/issue/" + reference + "/transitions")));
	}

	static String issueEvent(String key, String category) {
		return "{\"timestamp\":1,\"webhookEvent\":\"jira:issue_updated\",\"issue_event_type_name\":\"issue_generic\","
				+ "\"issue\":{\"id\":\"1\",\"key\":\"" + key + "\",\"fields\":" + fields(category) + "},"
				+ "\"changelog\":{\"items\":[{\"field\":\"status\"}]}}";
	}

	static String fields(String category) {
		return "{\"project\":{\"key\":\"OPS\"},\"status\":{\"name\":\"x\",\"statusCategory\":{\"key\":\"" + category
				+ "\"}}}";
	}

	static String status(String category) {
		return "{\"key\":\"OPS-1\",\"fields\":" + fields(category) + "}";
	}

}
