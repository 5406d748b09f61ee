package io.violet.followup.tracker;

import java.time.Duration;
import java.util.List;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.followup.FollowUp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups mirrored to GitHub issues (a WireMock stand-in of the REST API): created
 * with a link back, closed and reopened both ways, missed webhooks made up by the
 * reconcile, and an outage that only delays the sync.
 */
@TestPropertySource(properties = { "violet.tracker.kind=github", "violet.tracker.project=acme/ai-followups",
		"violet.tracker.token=github-token", "violet.tracker.webhook-secret=" + TrackerTestSupport.WEBHOOK_SECRET,
		"violet.tracker.labels=violet,follow-up" })
class GitHubTrackerTests extends TrackerTestSupport {

	private static final String ISSUES = "/repos/acme/ai-followups/issues";

	private final WireMock github = new WireMock(TrackerStub.github().server());

	@DynamicPropertySource
	static void githubUrl(DynamicPropertyRegistry registry) {
		registry.add("violet.tracker.url", () -> TrackerStub.github().url());
	}

	@BeforeEach
	void githubAnswers() {
		TrackerStub.github().server().resetAll();
		this.github.register(WireMock.post(urlEqualTo(ISSUES))
			.willReturn(aResponse().withStatus(201)
				.withHeader("Content-Type", "application/json")
				.withBody("{{#assign 'n'}}{{randomInt lower=1000 upper=99999999}}{{/assign}}{\"number\":{{n}},"
						+ "\"html_url\":\"https://github.com/acme/ai-followups/issues/{{n}}\",\"state\":\"open\"}")
				.withTransformers("response-template")));
		this.github.register(patch(urlPathMatching(ISSUES + "/\\d+")).willReturn(okJson("{\"state\":\"closed\"}")));
		this.github.register(get(urlPathEqualTo(ISSUES)).willReturn(okJson("[]")));
	}

	@Test
	void aFollowUpBecomesAnIssueAndClosesBothWaysWithoutPingPong() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Image moderation\"");
		String key = add(owner, "\"Red-team the @here filter\" <@" + owner + "> --initiative " + initiative);
		FollowUp.TrackerIssue issue = awaitIssue(key);
		assertThat(issue.url()).isEqualTo("https://github.com/acme/ai-followups/issues/" + issue.reference());
		LoggedRequest created = TrackerStub.github()
			.server()
			.findAll(postRequestedFor(urlEqualTo(ISSUES)).withRequestBody(containing("violet-followup:" + key)))
			.get(0);
		assertThat(created.getHeader("Authorization")).isEqualTo("Bearer github-token");
		assertThat(created.getHeader("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
		assertThat(created.getBodyAsString()).contains("\"title\":\"[" + key + "] Red-team the @here filter\"",
				"Red-team the \\\\@here filter", "\"labels\":[\"violet\",\"follow-up\"]",
				"<!-- violet-followup:" + key + " -->");

		String closed = issueEvent("closed", issue.reference(), "acme/ai-followups");
		assertThat(webhook("github", closed, "X-Hub-Signature-256", sign(closed), "issues").status()).isEqualTo(200);
		assertThat(followUp(key).done()).isTrue();
		this.sync.runDue();
		assertThat(patches(issue.reference())).isEmpty();

		command(owner, "follow-up reopen " + key);
		await().atMost(Duration.ofSeconds(20)).until(() -> patches(issue.reference()).size() == 1);
		assertThat(patches(issue.reference()).get(0).getBodyAsString()).contains("\"state\":\"open\"");
		String reopened = issueEvent("reopened", issue.reference(), "acme/ai-followups");
		assertThat(webhook("github", reopened, "X-Hub-Signature-256", sign(reopened), "issues").body())
			.contains("unchanged");

		command(owner, "follow-up done " + key);
		await().atMost(Duration.ofSeconds(20)).until(() -> patches(issue.reference()).size() == 2);
		assertThat(patches(issue.reference()).get(1).getBodyAsString()).contains("\"state\":\"closed\"",
				"\"state_reason\":\"completed\"");
	}

	@Test
	void theReconcileCatchesAMissedWebhookAndAnOutageOnlyDelaysTheSync() {
		this.github.register(WireMock.post(urlEqualTo(ISSUES)).atPriority(1).willReturn(aResponse().withStatus(502)));
		String initiative = create(user("INIT"), "\"Outage\"");
		String key = add(user("ASK"), "\"Wait for GitHub\" <@" + user("OWN") + "> --initiative " + initiative);
		await().atMost(Duration.ofSeconds(20)).until(() -> attempts(key) == 1);
		assertThat(followUp(key).tracker()).isNull();

		githubAnswers();
		sweepLater();
		FollowUp.TrackerIssue issue = awaitIssue(key);
		assertThat(syncPending(key)).isFalse();

		this.github.register(get(urlEqualTo(ISSUES + "/" + issue.reference()))
			.willReturn(okJson("{\"number\":" + issue.reference() + ",\"state\":\"closed\"}")));
		this.reconcile.run();
		assertThat(followUp(key).done()).isTrue();
		assertThat(followUp(key).closedBy()).isEqualTo("tracker:github");
		assertThat(patches(issue.reference())).isEmpty();
	}

	@Test
	void onlySignedIssueEventsOfTheRepositoryAreFollowed() {
		String ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
		assertThat(webhook("github", ping, "X-Hub-Signature-256", sign(ping), "ping").status()).isEqualTo(202);
		String closed = issueEvent("closed", "1", "acme/ai-followups");
		assertThat(webhook("github", closed, "X-Hub-Signature-256", null, "issues").status()).isEqualTo(401);
		assertThat(webhook("github", closed, "X-Hub-Signature", sign(closed), "issues").status()).isEqualTo(401);
		assertThat(webhook("github", closed, "X-Hub-Signature-256", sign(closed), null).status()).isEqualTo(400);
		String elsewhere = issueEvent("closed", "1", "someone/else");
		assertThat(webhook("github", elsewhere, "X-Hub-Signature-256", sign(elsewhere), "issues").status())
			.isEqualTo(202);
		String labeled = issueEvent("labeled", "1", "acme/ai-followups");
		assertThat(webhook("github", labeled, "X-Hub-Signature-256", sign(labeled), "issues").status()).isEqualTo(202);
		String noNumber = "{\"action\":\"closed\",\"issue\":{},\"repository\":{\"full_name\":\"acme/ai-followups\"}}";
		assertThat(webhook("github", noNumber, "X-Hub-Signature-256", sign(noNumber), "issues").status())
			.isEqualTo(400);
		assertThat(webhook("jira", closed, "X-Hub-Signature", sign(closed), null).status()).isEqualTo(404);
	}

	private FollowUp.TrackerIssue awaitIssue(String key) {
		await().atMost(Duration.ofSeconds(20)).until(() -> followUp(key).tracker() != null);
		return followUp(key).tracker();
	}

	private List<LoggedRequest> patches(String number) {
		return TrackerStub.github().server().findAll(patchRequestedFor(urlEqualTo(ISSUES + "/" + number)));
	}

	static String issueEvent(String action, String number, String repository) {
		return "{\"action\":\"" + action + "\",\"issue\":{\"number\":" + number + ",\"state\":\""
				+ (action.equals("closed") ? "closed" : "open") + "\"},\"repository\":{\"full_name\":\"" + repository
				+ "\"},\"sender\":{\"login\":\"octocat\"}}";
	}

}
