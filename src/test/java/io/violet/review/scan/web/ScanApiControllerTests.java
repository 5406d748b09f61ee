package io.violet.review.scan.web;

import java.util.List;
import java.util.Optional;

import io.violet.initiative.InitiativeSummary;
import io.violet.review.scan.ScanOutcome;
import io.violet.review.scan.ScanReport;
import io.violet.review.scan.ScanResult;
import io.violet.review.scan.ScanSettings;
import io.violet.review.scan.ScanTokens;
import io.violet.review.scan.Scans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * The scan API's HTTP contract alone: what it refuses and in which order, the JSON of
 * every answer, and the report it hands on. Tokens and recording are stand-ins; the
 * end-to-end {@code ScanApiTests} run the same requests against the database.
 */
@WebMvcTest(controllers = ScanApiController.class,
		properties = { "violet.scans.max-body-bytes=" + ScanApiControllerTests.MAX_BODY,
				// no database in this slice: a URL keeps the tests' database set-up away
				"spring.datasource.url=jdbc:mariadb://127.0.0.1:3306/unused", "violet.slack.bot-token=xoxb-test",
				"violet.slack.signing-secret=test-secret" })
class ScanApiControllerTests {

	static final int MAX_BODY = 600;

	private static final String TOKEN = "vsp_pipeline-token";

	private static final String REPORT = """
			{"initiative":"AI-3","component":"fraud-gbm@2.3.0","tool":"modelscan","result":"fail",
			"summary":"pickle opcode","findings":{"critical":1,"low":2},"reportUrl":"https://ci.example.test/r/9"}""";

	@Autowired
	MockMvcTester mvc;

	@MockitoBean
	ScanTokens tokens;

	@MockitoBean
	Scans scans;

	@BeforeEach
	void aPipelineForAnyInitiative() {
		given(this.tokens.authenticate(TOKEN)).willReturn(Optional.of(new ScanTokens.Pipeline("ci", List.of())));
	}

	@Test
	void withoutATokenItAsksForOneAsBearer() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/scans")
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.UNAUTHORIZED)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"violet\"")
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"Missing Authorization: Bearer <token> header.\"}");
		verifyNoInteractions(this.scans);
	}

	@Test
	void anUnknownTokenOrAnotherSchemeIsRefused() {
		assertThat(post("Bearer vsp_revoked", REPORT)).hasStatus(HttpStatus.UNAUTHORIZED)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("The token is unknown or revoked; ask a Violet admin for a pipeline token.");
		assertThat(post("Basic " + TOKEN, REPORT)).hasStatus(HttpStatus.UNAUTHORIZED);
		verifyNoInteractions(this.scans);
	}

	@Test
	void theSchemeIsCaseInsensitiveAndTheTokenTrimmed() {
		recorded(Scans.Recorded.Outcome.RECORDED);

		assertThat(post("  bearer   " + TOKEN + " ", REPORT)).hasStatus(HttpStatus.CREATED);
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeTheToken() {
		String large = "{\"summary\":\"" + "x".repeat(MAX_BODY) + "\"}";

		assertThat(post(null, large)).hasStatus(HttpStatus.CONTENT_TOO_LARGE)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"The body is larger than " + MAX_BODY + " bytes.\"}");
		verifyNoInteractions(this.tokens, this.scans);
	}

	@Test
	void aBodyThatIsNotAJsonObjectIsABadRequest() {
		assertThat(post("Bearer " + TOKEN, "{\"initiative\":")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"The body is not valid JSON.\"}");
		assertThat(post("Bearer " + TOKEN, "[1,2]")).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"The body must be a JSON object.\"}");
		verifyNoInteractions(this.scans);
	}

	@Test
	void everyProblemOfAReportIsNamedInOneAnswer() {
		String report = """
				{"component":"no-version","tool":7,"result":"maybe","findings":{"high":-1,"urgent":2}}""";

		assertThat(post("Bearer " + TOKEN, report)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.startsWith("Invalid scan report: ")
			.contains("initiative is missing")
			.contains("tool must be a string")
			.contains("result must be \"pass\" or \"fail\"")
			.contains("component must be \"<name>@<version>\"")
			.contains("findings has an unknown severity \"urgent\"")
			.contains("findings.high must be a whole number from 0 to 1000000");
		verifyNoInteractions(this.scans);
	}

	@Test
	void freeFieldsAreCheckedOnceTheShapeIsRight() {
		String report = REPORT.replace("https://ci.example.test/r/9", "ftp://ci.example.test/r/9");

		assertThat(post("Bearer " + TOKEN, report)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.message")
			.asString()
			.contains("reportUrl must be an http(s) URL");
		verifyNoInteractions(this.scans);
	}

	@Test
	void aTokenLimitedToOtherInitiativesIsForbidden() {
		given(this.tokens.authenticate("vsp_other"))
			.willReturn(Optional.of(new ScanTokens.Pipeline("other-ci", List.of("AI-8", "AI-9"))));

		assertThat(post("Bearer vsp_other", REPORT)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("This token may report scans only for AI-8, AI-9; ask a Violet admin for a token of this "
					+ "initiative.");
		verifyNoInteractions(this.scans);
	}

	@Test
	void aRecordedScanIsCreatedWithItsIdAndTheReportAsSent() {
		recorded(Scans.Recorded.Outcome.RECORDED);

		MvcTestResult result = this.mvc.post()
			.uri("/api/scans")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + TOKEN)
			.header("Idempotency-Key", "  run-9  ")
			.contentType(MediaType.APPLICATION_JSON)
			.content(REPORT)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.bodyJson()
			.isStrictlyEqualTo(
					"{\"id\":41,\"initiative\":\"AI-3\",\"component\":\"fraud-gbm@2.3.0\",\"result\":\"fail\"}");
		ArgumentCaptor<ScanReport> report = ArgumentCaptor.forClass(ScanReport.class);
		verify(this.scans).fromPipeline(report.capture(), org.mockito.ArgumentMatchers.eq("ci"));
		assertThat(report.getValue())
			.isEqualTo(new ScanReport("AI-3", "fraud-gbm", "2.3.0", "modelscan", ScanOutcome.FAIL, "pickle opcode",
					new ScanReport.Findings(1, 0, 0, 2), "https://ci.example.test/r/9", "run-9"));
	}

	@Test
	void aRepeatedReportIsOkAndSaysSo() {
		recorded(Scans.Recorded.Outcome.ALREADY_RECORDED);

		assertThat(post("Bearer " + TOKEN, REPORT)).hasStatus(HttpStatus.OK)
			.bodyJson()
			.isStrictlyEqualTo("{\"id\":41,\"initiative\":\"AI-3\",\"component\":\"fraud-gbm@2.3.0\","
					+ "\"result\":\"fail\",\"message\":\"Already recorded under this Idempotency-Key.\"}");
	}

	@Test
	void anUnknownInitiativeOrComponentIsNotFound() {
		given(this.scans.fromPipeline(any(), anyString()))
			.willReturn(new Scans.Recorded(Scans.Recorded.Outcome.NO_INITIATIVE, null, null));
		assertThat(post("Bearer " + TOKEN, REPORT)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"There is no initiative AI-3.\"}");

		given(this.scans.fromPipeline(any(), anyString()))
			.willReturn(new Scans.Recorded(Scans.Recorded.Outcome.NO_COMPONENT, initiative(), null));
		assertThat(post("Bearer " + TOKEN, REPORT)).hasStatus(HttpStatus.NOT_FOUND)
			.bodyJson()
			.extractingPath("$.message")
			.isEqualTo("The ML-BOM of AI-3 does not list fraud-gbm@2.3.0; add it with /violet bom add first.");
	}

	@Test
	void aPipelineThatMayNotReportIsForbidden() {
		given(this.scans.fromPipeline(any(), anyString()))
			.willReturn(new Scans.Recorded(Scans.Recorded.Outcome.NOT_ALLOWED, initiative(), null));

		assertThat(post("Bearer " + TOKEN, REPORT)).hasStatus(HttpStatus.FORBIDDEN)
			.bodyJson()
			.isStrictlyEqualTo("{\"message\":\"This token may not report scans.\"}");
	}

	private MvcTestResult post(String authorization, String body) {
		var request = this.mvc.post().uri("/api/scans").contentType(MediaType.APPLICATION_JSON).content(body);
		if (authorization != null) {
			request.header(HttpHeaders.AUTHORIZATION, authorization);
		}
		return request.exchange();
	}

	private void recorded(Scans.Recorded.Outcome outcome) {
		ScanResult result = mock(ScanResult.class);
		given(result.id()).willReturn(41L);
		given(result.coordinates()).willReturn("fraud-gbm@2.3.0");
		given(result.outcome()).willReturn(ScanOutcome.FAIL);
		given(this.scans.fromPipeline(any(), anyString()))
			.willReturn(new Scans.Recorded(outcome, initiative(), result));
	}

	private static InitiativeSummary initiative() {
		return new InitiativeSummary("AI-3", "Fraud scoring", "UOWNER", "medium", "build", false, false, false);
	}

	@TestConfiguration(proxyBeanMethods = false)
	@EnableConfigurationProperties(ScanSettings.class)
	static class Settings {

	}

}
