package io.violet.followup.tracker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.violet.followup.FollowUpTestSupport;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Helpers for the tracker tests: webhooks signed as the tracker signs them, and the sync
 * queue's state.
 */
abstract class TrackerTestSupport extends FollowUpTestSupport {

	static final String WEBHOOK_SECRET = "tracker-webhook-secret";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Autowired
	TrackerSync sync;

	@Autowired
	TrackerReconcile reconcile;

	@Autowired
	JdbcTemplate jdbc;

	/**
	 * Posts a webhook to {@code /api/trackers/<kind>}.
	 * @param kind the tracker in the path
	 * @param body the JSON body
	 * @param signatureHeader the header the tracker signs in
	 * @param signature the header's value, or null for none
	 * @param event GitHub's event header, or null
	 * @return the answer
	 */
	Answer webhook(String kind, String body, String signatureHeader, @Nullable String signature,
			@Nullable String event) {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/trackers/" + kind))
			.timeout(Duration.ofSeconds(30))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		if (signature != null) {
			request.header(signatureHeader, signature);
		}
		if (event != null) {
			request.header("X-GitHub-Event", event);
		}
		try {
			HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.body());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String sign(String body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	boolean syncPending(String key) {
		Integer n = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM tracker_sync WHERE follow_up_id = ? AND pending = TRUE", Integer.class,
				io.violet.followup.FollowUp.idOf(key));
		return n != null && n > 0;
	}

	int attempts(String key) {
		Integer n = this.jdbc.queryForObject("SELECT attempts FROM tracker_sync WHERE follow_up_id = ?", Integer.class,
				io.violet.followup.FollowUp.idOf(key));
		return (n != null) ? n : 0;
	}

	/**
	 * Runs the sweep as if the retry pause had passed.
	 */
	void sweepLater() {
		this.clock.advance(Duration.ofHours(2));
		this.sync.runDue();
	}

}
