package io.violet.slack;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The client that keeps one Gson reads Slack's answers exactly as the SDK's stock client
 * does.
 */
class ReusedGsonMethodsClientTests {

	private static final String POSTED = """
			{"ok":true,"channel":"C1","ts":"1700000000.000100",
			 "message":{"type":"message","user":"UBOT","text":"hello","ts":"1700000000.000100",
			  "blocks":[{"type":"section","block_id":"b1","text":{"type":"mrkdwn","text":"*hi*","verbatim":false}},
			            {"type":"actions","block_id":"b2","elements":[{"type":"button","action_id":"go",
			              "text":{"type":"plain_text","text":"Go","emoji":true},"value":"7","style":"primary"}]}],
			  "metadata":{"event_type":"violet_test","event_payload":{"id":"7"}}},
			 "warning":"missing_charset",
			 "response_metadata":{"warnings":["missing_charset"]}}""";

	private static WireMockServer server;

	private static Slack slack;

	@BeforeAll
	static void start() {
		server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
		server.start();
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(server.baseUrl() + "/api/");
		config.setStatsEnabled(false);
		slack = Slack.getInstance(config);
	}

	@AfterAll
	static void stop() {
		server.stop();
	}

	@Test
	void answersAreReadAsTheStockClientReadsThem() throws Exception {
		server.stubFor(post(urlEqualTo("/api/chat.postMessage"))
			.willReturn(aResponse().withStatus(200).withHeader("X-Slack-Req-Id", "r1").withBody(POSTED)));
		MethodsClient reused = new ReusedGsonMethodsClient(slack, "xoxb-1");
		MethodsClient stock = slack.methods("xoxb-1");

		ChatPostMessageResponse ours = reused.chatPostMessage((r) -> r.channel("C1").text("hello"));
		ChatPostMessageResponse theirs = stock.chatPostMessage((r) -> r.channel("C1").text("hello"));

		assertThat(ours).usingRecursiveComparison().isEqualTo(theirs);
		assertThat(ours.getMessage().getBlocks()).hasSize(2);
		assertThat(ours.getHttpResponseHeaders()).containsKey("x-slack-req-id");
		// and a second answer, read with adapters built for the first, is read the same
		assertThat(reused.chatPostMessage((r) -> r.channel("C1").text("hello"))).usingRecursiveComparison()
			.isEqualTo(theirs);
		server.verify(postRequestedFor(urlEqualTo("/api/chat.postMessage"))
			.withHeader("Authorization", equalTo("Bearer xoxb-1"))
			.withRequestBody(containing("channel=C1")));
	}

	@Test
	void answersOtherThan2xxSurfaceAsTheSdksExceptionWithTheirHeaders() {
		server.stubFor(post(urlEqualTo("/api/pins.add")).willReturn(aResponse().withStatus(429)
			.withHeader("Retry-After", "7")
			.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")));
		MethodsClient reused = new ReusedGsonMethodsClient(slack, "xoxb-1");

		assertThatThrownBy(() -> reused.pinsAdd((r) -> r.channel("C1").timestamp("1.2")))
			.isInstanceOfSatisfying(SlackApiException.class, (ex) -> {
				assertThat(ex.getResponse().code()).isEqualTo(429);
				assertThat(ex.getResponse().header("Retry-After")).isEqualTo("7");
				assertThat(ex.getError().getError()).isEqualTo("ratelimited");
			});
	}

	@Test
	void anEmptyAnswerIsAnErrorNotANullResponse() {
		server.stubFor(post(urlEqualTo("/api/conversations.setTopic")).willReturn(aResponse().withStatus(200)));
		MethodsClient reused = new ReusedGsonMethodsClient(slack, "xoxb-1");

		assertThatThrownBy(() -> reused.conversationsSetTopic((r) -> r.channel("C1").topic("t")))
			.isInstanceOf(SlackApiException.class);
	}

}
