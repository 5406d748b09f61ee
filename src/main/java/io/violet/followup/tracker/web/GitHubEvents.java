package io.violet.followup.tracker.web;

import java.util.Map;

import io.violet.followup.tracker.TrackerSettings;
import org.jspecify.annotations.Nullable;

/**
 * Reads GitHub's {@code issues} webhook events: {@code closed} and {@code reopened} of an
 * issue in the configured repository. A {@code ping} (sent when the webhook is set up)
 * and every other event are ignored.
 */
final class GitHubEvents {

	private GitHubEvents() {
	}

	static TrackerWebhookController.IssueState read(@Nullable String event, Map<?, ?> payload,
			TrackerSettings settings) {
		if (event == null || event.isBlank()) {
			return TrackerWebhookController.IssueState.malformed("The X-GitHub-Event header is missing.");
		}
		if (!event.equals("issues")) {
			return TrackerWebhookController.IssueState.ignored("Event " + event + " is not followed; ignored.");
		}
		Object action = payload.get("action");
		if (!(action instanceof String name)) {
			return TrackerWebhookController.IssueState.malformed("An issues event needs an action.");
		}
		if (!name.equals("closed") && !name.equals("reopened")) {
			return TrackerWebhookController.IssueState.ignored("Action " + name + " is not followed; ignored.");
		}
		Object repository = (payload.get("repository") instanceof Map<?, ?> repo) ? repo.get("full_name") : null;
		if (!(repository instanceof String fullName)) {
			return TrackerWebhookController.IssueState.malformed("The event names no repository.");
		}
		if (!fullName.equalsIgnoreCase(settings.project())) {
			return TrackerWebhookController.IssueState.ignored("Repository " + fullName + " is not Violet's; ignored.");
		}
		Object number = (payload.get("issue") instanceof Map<?, ?> issue) ? issue.get("number") : null;
		if (!(number instanceof Number n)) {
			return TrackerWebhookController.IssueState.malformed("The event names no issue number.");
		}
		return TrackerWebhookController.IssueState.of(Long.toString(n.longValue()), name.equals("closed"));
	}

}
