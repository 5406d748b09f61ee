package io.violet.slack;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Socket Mode with the SDK's real client while Slack cannot be reached: the application
 * starts (no crash loop), says it is not ready, stays live, and keeps trying.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "violet.slack.bot-token=xoxb-test-token", "violet.slack.app-token=xapp-1-unreachable",
				"management.server.port=0" })
class SocketModeStartupTests {

	@LocalManagementPort
	int managementPort;

	@Autowired
	SocketModeRunner runner;

	@DynamicPropertySource
	static void unreachableSlack(DynamicPropertyRegistry registry) throws IOException {
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}
		registry.add("violet.slack.api-url", () -> "http://127.0.0.1:" + closedPort + "/api/");
	}

	@Test
	void startsWithoutSlackAndIsLiveButNotReadyWhileItKeepsTrying() throws Exception {
		await().atMost(Duration.ofSeconds(30)).until(() -> this.runner.failures() >= 2);
		assertThat(this.runner.isRunning()).isTrue();
		assertThat(this.runner.connected()).isFalse();

		HttpResponse<String> readiness = get("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"socketMode\":{\"status\":\"DOWN\"");
		HttpResponse<String> liveness = get("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("UP");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.managementPort + path)).build(),
					HttpResponse.BodyHandlers.ofString());
	}

}
