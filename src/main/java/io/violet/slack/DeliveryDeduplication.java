package io.violet.slack;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.request.builtin.GlobalShortcutRequest;
import com.slack.api.bolt.request.builtin.MessageShortcutRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Handles each Slack delivery once: the same Events API {@code event_id}, the same
 * command or shortcut {@code trigger_id}, or the same view submission arriving again is
 * acknowledged and dropped. A view submission answered with validation errors gives its
 * key back, since the user will submit the corrected form.
 */
@Component
class DeliveryDeduplication implements Middleware {

	private static final Logger log = LoggerFactory.getLogger(DeliveryDeduplication.class);

	private final InboundDeliveries deliveries;

	DeliveryDeduplication(InboundDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Override
	public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
		String key = keyOf(req);
		if (key == null) {
			return chain.next(req);
		}
		if (!this.deliveries.claim(key)) {
			log.info("Dropped a repeated delivery {}", key);
			return BoltConfiguration.emptyOk();
		}
		Response response;
		try {
			response = chain.next(req);
		}
		catch (Exception ex) {
			this.deliveries.release(key);
			throw ex;
		}
		if (req instanceof ViewSubmissionRequest && response.getBody() != null
				&& response.getBody().contains("\"response_action\":\"errors\"")) {
			this.deliveries.release(key);
		}
		return response;
	}

	static @Nullable String keyOf(Request<?> req) {
		if (req instanceof EventRequest event) {
			JsonElement id = JsonParser.parseString(event.getRequestBodyAsString()).getAsJsonObject().get("event_id");
			return (id != null && id.isJsonPrimitive()) ? "event:" + id.getAsString() : null;
		}
		if (req instanceof ViewSubmissionRequest submission) {
			var view = submission.getPayload().getView();
			return "view:" + view.getId() + ":" + view.getHash();
		}
		if (req instanceof GlobalShortcutRequest shortcut) {
			return "shortcut:" + shortcut.getPayload().getTriggerId();
		}
		if (req instanceof MessageShortcutRequest shortcut) {
			return "shortcut:" + shortcut.getPayload().getTriggerId();
		}
		return null;
	}

}
