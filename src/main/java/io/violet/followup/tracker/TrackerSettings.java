package io.violet.followup.tracker;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The issue tracker follow-ups are mirrored to ({@code violet.tracker.*}); off unless
 * {@code VIOLET_TRACKER} names one. The token and the webhook secret come from a Secret.
 *
 * @param kind {@code none} (the default), {@code jira} or {@code github}
 * @param url the tracker's address: the Jira Cloud site (e.g.
 * {@code https://acme.atlassian.net}), or the GitHub API (default
 * {@code https://api.github.com}; GitHub Enterprise: {@code https://<host>/api/v3})
 * @param project the Jira project key (e.g. {@code OPS}) or the GitHub repository
 * ({@code owner/name})
 * @param user the Jira account's e-mail address for basic authentication with an API
 * token; empty to send the token as a bearer token (GitHub, Jira with OAuth or a personal
 * access token)
 * @param token the API token (from a Secret)
 * @param webhookSecret the shared secret the tracker's webhook signs with (from a
 * Secret); without it every webhook is refused
 * @param issueType the Jira issue type of new issues
 * @param labels labels every new issue carries
 * @param syncInterval how often pending syncs are retried on one node of the cluster
 * @param reconcileInterval how often every open follow-up is compared with its issue, for
 * webhooks that never arrived
 * @param maxAttempts how many times a failing sync is tried before it is parked for
 * admins
 * @param timeout how long one call to the tracker may take
 */
@ConfigurationProperties("violet.tracker")
public record TrackerSettings(@DefaultValue("none") String kind, @DefaultValue("") String url,
		@DefaultValue("") String project, @DefaultValue("") String user, @DefaultValue("") String token,
		@DefaultValue("") String webhookSecret, @DefaultValue("Task") String issueType,
		@DefaultValue("violet") List<String> labels, @DefaultValue("30s") Duration syncInterval,
		@DefaultValue("15m") Duration reconcileInterval, @DefaultValue("40") int maxAttempts,
		@DefaultValue("10s") Duration timeout) {

	/** Jira Cloud (REST API v3). */
	public static final String JIRA = "jira";

	/** GitHub issues (REST API). */
	public static final String GITHUB = "github";

	public TrackerSettings {
		kind = kind.strip().toLowerCase(Locale.ROOT);
		if (kind.isEmpty() || kind.equals("off")) {
			kind = "none";
		}
		if (!List.of("none", JIRA, GITHUB).contains(kind)) {
			throw new IllegalStateException(
					"VIOLET_TRACKER is \"" + kind + "\": set it to jira, github, or leave it empty for none.");
		}
		if (kind.equals(GITHUB) && url.isBlank()) {
			url = "https://api.github.com";
		}
		url = url.strip().replaceAll("/+$", "");
		if (!kind.equals("none")) {
			require(url, "VIOLET_TRACKER_URL", "the " + kind + " address, e.g. https://acme.atlassian.net");
			require(project, "VIOLET_TRACKER_PROJECT",
					kind.equals(JIRA) ? "the Jira project key, e.g. OPS" : "the repository, e.g. acme/ai-followups");
			require(token, "VIOLET_TRACKER_TOKEN", "the tracker's API token, from a Secret");
			if (kind.equals(GITHUB) && !project.matches("[A-Za-z0-9._-]+/[A-Za-z0-9._-]+")) {
				throw new IllegalStateException(
						"VIOLET_TRACKER_PROJECT is \"" + project + "\": with GitHub it names owner/repository.");
			}
			if (!url.startsWith("https://") && !url.startsWith("http://")) {
				throw new IllegalStateException("VIOLET_TRACKER_URL is \"" + url + "\": give an http(s) address.");
			}
		}
		labels = labels.stream().map(String::strip).filter((l) -> !l.isEmpty()).toList();
	}

	public boolean enabled() {
		return !"none".equals(this.kind);
	}

	private static void require(String value, String variable, String meaning) {
		if (value.isBlank()) {
			throw new IllegalStateException(
					variable + " is not set: with VIOLET_TRACKER set, set it to " + meaning + ".");
		}
	}

}
