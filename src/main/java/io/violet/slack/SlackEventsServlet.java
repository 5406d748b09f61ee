package io.violet.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /slack/events}: the one Request URL for commands, interactivity and events.
 * In order: body size (413), signature and timestamp (401), parsing (400), then Bolt.
 * Nothing a client sends gets a 500, and nothing is processed on a 4xx.
 */
class SlackEventsServlet extends HttpServlet {

	private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);

	private final App app;

	private final SlackRequestParser parser;

	private final SignatureVerifier verifier;

	private final int maxBodyBytes;

	private final Clock clock;

	private final SlackMetrics metrics;

	SlackEventsServlet(App app, SlackSettings settings, Clock clock, SlackMetrics metrics) {
		this.app = app;
		this.parser = new SlackRequestParser(app.config());
		this.verifier = new SignatureVerifier(settings.signingSecret());
		this.maxBodyBytes = settings.maxBodyBytes();
		this.clock = clock;
		this.metrics = metrics;
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		long started = System.nanoTime();
		if (request.getContentLengthLong() > this.maxBodyBytes) {
			reject(response, 413, "request body too large", started);
			return;
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(this.maxBodyBytes + 1);
		}
		if (body.length > this.maxBodyBytes) {
			reject(response, 413, "request body too large", started);
			return;
		}
		var outcome = this.verifier.verify(request.getHeader("X-Slack-Request-Timestamp"),
				request.getHeader("X-Slack-Signature"), body, this.clock.instant());
		if (outcome != SignatureVerifier.Outcome.VALID) {
			log.warn("Rejected a request to /slack/events: {}", outcome);
			reject(response, 401, "invalid signature", started);
			return;
		}
		String text = new String(body, StandardCharsets.UTF_8);
		Request<?> slackRequest = parse(request, text);
		if (slackRequest == null) {
			reject(response, 400, "malformed request", started);
			return;
		}
		// what the handler hands to AfterAck (e.g. starting the Slack jobs it queued)
		// runs
		// once the answer has left
		AfterAck.Scope ack = AfterAck.open();
		try {
			Response slackResponse;
			try {
				slackResponse = this.app.run(slackRequest);
			}
			catch (Exception ex) {
				log.error("Handling a {} request failed", slackRequest.getRequestType(), ex);
				reject(response, 500, "internal error", started);
				return;
			}
			ServletAdapterOps.writeResponse(response, slackResponse);
			response.flushBuffer();
			this.metrics.request(typeOf(slackRequest),
					(slackResponse.getStatusCode() < 400) ? "ok" : "error_" + slackResponse.getStatusCode(),
					Duration.ofNanos(System.nanoTime() - started));
		}
		finally {
			if (ack != null) {
				ack.answered();
			}
		}
	}

	private Request<?> parse(HttpServletRequest request, String body) {
		try {
			if (!wellFormed(body)) {
				return null;
			}
			var raw = SlackRequestParser.HttpRequest.builder()
				.requestUri(request.getRequestURI())
				.queryString(QueryStringParser.toMap(request.getQueryString()))
				.headers(new RequestHeaders(ServletAdapterOps.toHeaderMap(request)))
				.requestBody(body)
				.remoteAddress(request.getRemoteAddr())
				.build();
			return this.parser.parse(raw);
		}
		catch (RuntimeException ex) {
			log.warn("Rejected a malformed request to /slack/events: {}", ex.getClass().getSimpleName());
			return null;
		}
	}

	/**
	 * Checks the few fields Bolt relies on, so that a signed but incomplete payload is a
	 * 400, not a failure deep inside the framework.
	 */
	private static boolean wellFormed(String body) {
		String trimmed = body.trim();
		if (trimmed.startsWith("{")) {
			JsonObject json = JsonParser.parseString(trimmed).getAsJsonObject();
			String type = string(json, "type");
			return switch (type) {
				case "url_verification" -> json.has("challenge");
				case "event_callback" -> json.has("event") && json.get("event").isJsonObject()
						&& !string(json.getAsJsonObject("event"), "type").isEmpty();
				default -> false;
			};
		}
		Map<String, List<String>> form = QueryStringParser.toMap(trimmed);
		if (form == null) {
			return false;
		}
		if (form.containsKey("payload")) {
			JsonElement payload = JsonParser.parseString(form.get("payload").get(0));
			if (!payload.isJsonObject()) {
				return false;
			}
			JsonObject json = payload.getAsJsonObject();
			boolean hasUser = json.has("user") && json.get("user").isJsonObject();
			return switch (string(json, "type")) {
				case "block_actions" -> hasUser && json.has("actions") && json.get("actions").isJsonArray()
						&& !json.getAsJsonArray("actions").isEmpty();
				case "view_submission", "view_closed" -> hasUser && json.has("view") && json.get("view").isJsonObject()
						&& !string(json.getAsJsonObject("view"), "type").isEmpty();
				case "shortcut", "message_action" -> hasUser && !string(json, "callback_id").isEmpty();
				case "block_suggestion" -> hasUser;
				default -> false;
			};
		}
		return form.containsKey("command") && form.containsKey("user_id") || form.containsKey("ssl_check");
	}

	private static String string(JsonObject json, String field) {
		JsonElement value = json.get(field);
		return (value != null && value.isJsonPrimitive()) ? value.getAsString() : "";
	}

	private static String typeOf(Request<?> request) {
		return request.getRequestType().name().toLowerCase(java.util.Locale.ROOT);
	}

	private void reject(HttpServletResponse response, int status, String message, long started) throws IOException {
		response.setStatus(status);
		response.setContentType("text/plain;charset=UTF-8");
		response.getOutputStream().write(message.getBytes(StandardCharsets.UTF_8));
		this.metrics.request("rejected", "http_" + status, Duration.ofNanos(System.nanoTime() - started));
	}

}
