package io.violet.followup.tracker.web;

import java.util.Map;

import io.violet.followup.tracker.TrackerSettings;
import org.jspecify.annotations.Nullable;

/**
 * Reads Jira Cloud's issue webhook events ({@code jira:issue_updated} and
 * {@code jira:issue_created}): the issue is closed when its status is in the "done"
 * category. Issues of other projects and other events are ignored.
 */
final class JiraEvents {

	private JiraEvents() {
	}

	static TrackerWebhookController.IssueState read(Map<?, ?> payload, TrackerSettings settings) {
		Object event = payload.get("webhookEvent");
		if (!(event instanceof String name)) {
			return TrackerWebhookController.IssueState.malformed("The body names no webhookEvent.");
		}
		if (!name.equals("jira:issue_updated") && !name.equals("jira:issue_created")) {
			return TrackerWebhookController.IssueState.ignored("Event " + name + " is not followed; ignored.");
		}
		if (!(payload.get("issue") instanceof Map<?, ?> issue) || !(issue.get("key") instanceof String key)
				|| key.isBlank()) {
			return TrackerWebhookController.IssueState.malformed("The event names no issue key.");
		}
		String project = string(at(issue, "fields", "project", "key"));
		if (!(project.isEmpty() ? key.startsWith(settings.project() + "-")
				: project.equalsIgnoreCase(settings.project()))) {
			return TrackerWebhookController.IssueState
				.ignored("Issue " + key + " is not in Violet's project; ignored.");
		}
		Object category = at(issue, "fields", "status", "statusCategory", "key");
		if (!(category instanceof String categoryKey)) {
			return TrackerWebhookController.IssueState.malformed("The issue carries no status category.");
		}
		return TrackerWebhookController.IssueState.of(key, categoryKey.equals("done"));
	}

	private static @Nullable Object at(Object root, String... path) {
		Object at = root;
		for (String key : path) {
			if (!(at instanceof Map<?, ?> map)) {
				return null;
			}
			at = map.get(key);
		}
		return at;
	}

	private static String string(@Nullable Object value) {
		return (value instanceof String s) ? s : "";
	}

}
