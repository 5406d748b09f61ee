package io.violet.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;

import static org.assertj.core.api.Assertions.assertThat;

class ActuatorTests extends SlackTestSupport {

	@LocalManagementPort
	int managementPort;

	@Test
	void probesAndMetricsAreOnTheManagementPortOnly() throws Exception {
		command("U0METRICS", "help");
		assertThat(get(this.managementPort, "/actuator/health/liveness")).contains("UP");
		String readiness = get(this.managementPort, "/actuator/health/readiness");
		assertThat(readiness).contains("UP");
		// the transport is part of readiness (over HTTP it is always up)
		assertThat(readiness).contains("\"socketMode\":{\"status\":\"UP\"");
		String metrics = get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics).contains("violet_slack_requests_total").contains("violet_slack_ack_seconds");
		// buckets that sum across replicas, with Slack's 3 s limit as one of them, and no
		// client-side quantiles (which cannot be combined)
		assertThat(metrics).containsPattern("violet_slack_ack_seconds_bucket\\{[^}]*le=\"3\\.0\"")
			.containsPattern("violet_slack_ack_seconds_bucket\\{[^}]*le=\"\\+Inf\"")
			.doesNotContainPattern("violet_slack_ack_seconds\\{[^}]*quantile=")
			.contains("http_server_requests_seconds_bucket");
		assertThat(status(this.port, "/actuator/health")).isEqualTo(404);
	}

	private static String get(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private static int status(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
					HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

}
