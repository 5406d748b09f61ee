package io.violet.followup.tracker;

import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * The configured tracker, if any.
 */
@Component
public class Trackers {

	private final TrackerSettings settings;

	private final @Nullable TrackerClient client;

	Trackers(TrackerSettings settings, JsonMapper json) {
		this.settings = settings;
		this.client = switch (settings.kind()) {
			case TrackerSettings.JIRA -> new JiraClient(settings, json);
			case TrackerSettings.GITHUB -> new GitHubClient(settings, json);
			default -> null;
		};
	}

	/**
	 * The tracker's client.
	 * @return it, empty when no tracker is configured
	 */
	public Optional<TrackerClient> client() {
		return Optional.ofNullable(this.client);
	}

	public boolean enabled() {
		return this.client != null;
	}

	public TrackerSettings settings() {
		return this.settings;
	}

}
