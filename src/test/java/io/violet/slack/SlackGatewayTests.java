package io.violet.slack;

import java.util.List;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.MeterRegistry;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import com.github.tomakehurst.wiremock.client.WireMock;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SlackGatewayTests extends SlackTestSupport {

	@Autowired
	SlackGateway gateway;

	@Autowired
	MeterRegistry meters;

	@Test
	void a429IsRetriedAfterRetryAfterAndSucceeds() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CLIMITED"))
				.inScenario("limited")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "1")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}"))
				.willSetStateTo("free"));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CLIMITED"))
				.inScenario("limited")
				.whenScenarioStateIs("free")
				.willReturn(okJson("{\"ok\":true,\"channel\":\"C1\",\"ts\":\"1.2\"}")));

		var posted = this.gateway.post("CLIMITED", null, "hello", List.of());

		assertThat(posted.ts()).isEqualTo("1.2");
		assertThat(this.slack.calls("chat.postMessage", "channel", "CLIMITED")).hasSize(2);
		assertThat(this.meters.find("violet.slack.api.errors")
			.tags("method", "chat.postMessage", "error", "ratelimited")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aLongRetryAfterIsNotSleptThroughButHandedBackWithSlacksTime() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CLONGWAIT"))
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "120")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
		java.time.Instant now = this.clock.instant();

		assertThatThrownBy(() -> this.gateway.post("CLONGWAIT", null, "hello", List.of()))
			.isInstanceOfSatisfying(SlackRetryLaterException.class, (ex) -> {
				assertThat(ex.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(120));
				assertThat(ex.notBefore()).isEqualTo(now.plusSeconds(120));
			});
		assertThat(this.slack.calls("chat.postMessage", "channel", "CLONGWAIT")).as("asked once, not slept through")
			.hasSize(1);
	}

	@Test
	void aModalNeverWaitsForARateLimitOrRetriesAndIsRefusedAtOnce() {
		String trigger = "trigger-limited-" + java.util.UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/views.open"))
				.withRequestBody(containing(trigger))
				.atPriority(10)
				.willReturn(aResponse().withStatus(429)
					.withHeader("Retry-After", "2")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
		String failing = "trigger-down-" + java.util.UUID.randomUUID();
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/views.open"))
				.withRequestBody(containing(failing))
				.atPriority(10)
				.willReturn(aResponse().withStatus(503)));
		com.slack.api.model.view.View view = com.slack.api.model.view.View.builder()
			.type("modal")
			.callbackId("x")
			.blocks(List.of())
			.build();

		// any other call sleeps through a 2 s Retry-After and asks again (up to three
		// times); the trigger would be gone by then
		assertThatThrownBy(() -> this.gateway.openView(trigger, view)).isInstanceOfSatisfying(SlackApiError.class,
				(ex) -> assertThat(ex.error()).isEqualTo("ratelimited"));
		assertThat(this.slack.calls("views.open", "trigger_id", trigger)).as("asked once, no wait").hasSize(1);
		assertThatThrownBy(() -> this.gateway.openView(failing, view)).isInstanceOfSatisfying(SlackApiError.class,
				(ex) -> assertThat(ex.error()).isEqualTo("http_503"));
		assertThat(this.slack.calls("views.open", "trigger_id", failing)).as("never repeated").hasSize(1);
	}

	@Test
	void transientErrorCodesAreRetriedForCallsSafeToRepeatAndOtherwiseSurfaceAsUnavailable() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/pins.add"))
				.withRequestBody(containing("channel=CINTERNAL"))
				.inScenario("internal")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(okJson("{\"ok\":false,\"error\":\"internal_error\"}"))
				.willSetStateTo("fine"));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/pins.add"))
				.withRequestBody(containing("channel=CINTERNAL"))
				.inScenario("internal")
				.whenScenarioStateIs("fine")
				.willReturn(okJson("{\"ok\":true}")));
		assertThat(this.gateway
			.call(SlackMethod.PINS_ADD, (c) -> c.pinsAdd((r) -> r.channel("CINTERNAL").timestamp("1.2")))
			.isOk()).isTrue();

		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CFATAL"))
				.willReturn(okJson("{\"ok\":false,\"error\":\"fatal_error\"}")));
		assertThatThrownBy(() -> this.gateway.post("CFATAL", null, "hello", List.of())).isInstanceOfSatisfying(
				SlackUnavailableException.class, (ex) -> assertThat(ex.error()).isEqualTo("fatal_error"));
		assertThat(this.slack.calls("chat.postMessage", "channel", "CFATAL")).hasSize(1);
	}

	@Test
	void serverErrorsAreRetriedOnlyForCallsSafeToRepeat() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/pins.add"))
				.withRequestBody(containing("channel=CFLAKY"))
				.inScenario("flaky")
				.whenScenarioStateIs(Scenario.STARTED)
				.willReturn(aResponse().withStatus(503))
				.willSetStateTo("up"));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/pins.add"))
				.withRequestBody(containing("channel=CFLAKY"))
				.inScenario("flaky")
				.whenScenarioStateIs("up")
				.willReturn(okJson("{\"ok\":true}")));
		var pinned = this.gateway.require(SlackMethod.PINS_ADD,
				(c) -> c.pinsAdd((r) -> r.channel("CFLAKY").timestamp("1.2")));
		assertThat(pinned.isOk()).isTrue();
		assertThat(this.slack.calls("pins.add", "channel", "CFLAKY")).hasSize(2);

		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CDOWN"))
				.willReturn(aResponse().withStatus(500)));
		assertThatThrownBy(() -> this.gateway.post("CDOWN", null, "hello", List.of()))
			.isInstanceOf(SlackUnavailableException.class)
			.hasMessageContaining("chat.postMessage");
		assertThat(this.slack.calls("chat.postMessage", "channel", "CDOWN"))
			.as("creating calls are not repeated blindly")
			.hasSize(1);
	}

	@Test
	void okFalseIsSurfacedWithMethodAndErrorCode() {
		this.slack.stub("conversations.archive", "{\"ok\":false,\"error\":\"not_in_channel\"}");
		assertThatThrownBy(() -> this.gateway.require(SlackMethod.CONVERSATIONS_ARCHIVE,
				(c) -> c.conversationsArchive((r) -> r.channel("CARCHIVE"))))
			.isInstanceOf(SlackApiError.class)
			.satisfies((ex) -> assertThat(((SlackApiError) ex).error()).isEqualTo("not_in_channel"));
		assertThat(this.meters.find("violet.slack.api.errors")
			.tags("method", "conversations.archive", "error", "not_in_channel")
			.counter()
			.count()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void theTokenTravelsAsABearerHeaderToTheConfiguredApi() {
		this.gateway.post("CTOKEN", "1.0", "in thread", List.of());
		var requests = this.slack.server()
			.findAll(WireMock.postRequestedFor(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("channel=CTOKEN")));
		assertThat(requests).singleElement()
			.satisfies((request) -> assertThat(request.getHeader("Authorization")).isEqualTo("Bearer xoxb-test-token"));
		assertThat(this.slack.calls("chat.postMessage", "channel", "CTOKEN")).singleElement()
			.satisfies((call) -> assertThat(call).containsEntry("thread_ts", "1.0"));
	}

}
