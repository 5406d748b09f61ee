package io.violet.followup.tracker.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;

import io.violet.followup.internal.FollowUpItem;
import io.violet.followup.internal.FollowUpRepository;
import io.violet.followup.internal.FollowUpService;
import io.violet.followup.tracker.TrackerSettings;
import io.violet.followup.tracker.Trackers;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/trackers/<kind>}: the tracker tells Violet that an issue was closed or
 * reopened, and the follow-up follows. In order: the tracker must be the configured one
 * (404), the body not too large (413), the signature valid with the shared secret (401),
 * the body JSON of the expected shape (400). Events Violet does not follow, and issues it
 * does not know, are acknowledged and ignored (202). Nothing a client sends ends in a
 * 500.
 */
@RestController
class TrackerWebhookController {

	private static final Logger log = LoggerFactory.getLogger(TrackerWebhookController.class);

	/** Jira's issue events carry the whole issue and a change log. */
	static final int MAX_BODY_BYTES = 1024 * 1024;

	private final Trackers trackers;

	private final FollowUpRepository items;

	private final FollowUpService service;

	private final JsonMapper json;

	TrackerWebhookController(Trackers trackers, FollowUpRepository items, FollowUpService service, JsonMapper json) {
		this.trackers = trackers;
		this.items = items;
		this.service = service;
		this.json = json;
	}

	@PostMapping(path = "/api/trackers/{kind}")
	ResponseEntity<Map<String, Object>> receive(@PathVariable("kind") String kind, HttpServletRequest request,
			@RequestHeader(name = "X-Hub-Signature-256", required = false) @Nullable String githubSignature,
			@RequestHeader(name = "X-Hub-Signature", required = false) @Nullable String jiraSignature,
			@RequestHeader(name = "X-GitHub-Event", required = false) @Nullable String githubEvent) throws IOException {
		TrackerSettings settings = this.trackers.settings();
		String wanted = kind.toLowerCase(Locale.ROOT);
		if (!this.trackers.enabled() || !settings.kind().equals(wanted)) {
			return answer(HttpStatus.NOT_FOUND, "No " + wanted + " tracker is configured here.");
		}
		if (request.getContentLengthLong() > MAX_BODY_BYTES) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + MAX_BODY_BYTES + " bytes.");
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			return answer(HttpStatus.CONTENT_TOO_LARGE, "The body is larger than " + MAX_BODY_BYTES + " bytes.");
		}
		String signature = wanted.equals(TrackerSettings.GITHUB) ? githubSignature : jiraSignature;
		if (!WebhookSignature.valid(settings.webhookSecret(), body, signature)) {
			return answer(HttpStatus.UNAUTHORIZED, settings.webhookSecret().isEmpty()
					? "No webhook secret is configured (VIOLET_TRACKER_WEBHOOK_SECRET); every webhook is refused."
					: "The signature is missing or does not match the shared secret.");
		}
		Object payload;
		try {
			payload = this.json.readValue(body, Object.class);
		}
		catch (JacksonException ex) {
			return answer(HttpStatus.BAD_REQUEST, "The body is not valid JSON.");
		}
		if (!(payload instanceof Map<?, ?> event)) {
			return answer(HttpStatus.BAD_REQUEST, "The body must be a JSON object.");
		}
		try {
			IssueState state = wanted.equals(TrackerSettings.GITHUB) ? GitHubEvents.read(githubEvent, event, settings)
					: JiraEvents.read(event, settings);
			if (state.problem() != null) {
				return answer(HttpStatus.BAD_REQUEST, state.problem());
			}
			if (state.ignored() != null) {
				return answer(HttpStatus.ACCEPTED, state.ignored());
			}
			FollowUpItem item = this.items.findByTrackerKindAndTrackerRef(wanted, state.reference()).orElse(null);
			if (item == null) {
				return answer(HttpStatus.ACCEPTED, "No follow-up is mirrored to that issue; ignored.");
			}
			var outcome = this.service.followTracker(item.id(), state.closed(), "tracker:" + wanted);
			return answer(HttpStatus.OK, item.key() + ": " + outcome.name().toLowerCase(Locale.ROOT) + ".");
		}
		catch (RuntimeException ex) {
			log.warn("A {} webhook could not be handled now: {}", wanted, ex.getMessage());
			return answer(HttpStatus.SERVICE_UNAVAILABLE,
					"Violet could not record this now; the periodic reconcile will pick the change up.");
		}
	}

	private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String message) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("message", message));
	}

	/**
	 * What a webhook says about an issue, or why it says nothing Violet follows.
	 *
	 * @param reference the issue's key or number
	 * @param closed whether it is closed now
	 * @param ignored why the event is not followed, or null
	 * @param problem what is malformed, or null
	 */
	record IssueState(String reference, boolean closed, @Nullable String ignored, @Nullable String problem) {

		static IssueState of(String reference, boolean closed) {
			return new IssueState(reference, closed, null, null);
		}

		static IssueState ignored(String why) {
			return new IssueState("", false, why, null);
		}

		static IssueState malformed(String problem) {
			return new IssueState("", false, null, problem);
		}

	}

}
