package io.violet.followup.tracker;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * GitHub issues, REST API: created with {@code POST /repos/{owner}/{repo}/issues}, closed
 * and reopened with {@code PATCH} of their state, found again by the marker at the end of
 * their body among the repository's latest issues.
 */
class GitHubClient implements TrackerClient {

	private static final int RECENT = 50;

	private final TrackerHttp http;

	private final String repository;

	GitHubClient(TrackerSettings settings, JsonMapper json) {
		this.repository = "/repos/" + settings.project();
		this.http = new TrackerHttp(settings, json,
				Map.of("Accept", "application/vnd.github+json", "X-GitHub-Api-Version", "2022-11-28"));
	}

	@Override
	public String kind() {
		return TrackerSettings.GITHUB;
	}

	@Override
	public Issue create(TrackerIssueText issue) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", issue.title());
		body.put("body", markdown(issue));
		if (!issue.labels().isEmpty()) {
			body.put("labels", issue.labels());
		}
		return issue(this.http.call("POST", this.repository + "/issues", body));
	}

	@Override
	public Optional<Issue> findByMarker(String key) {
		String marker = TrackerIssueText.marker(key);
		Object recent = this.http.call("GET",
				this.repository + "/issues?state=all&sort=created&direction=desc&per_page=" + RECENT, null);
		for (Object candidate : TrackerHttp.list(recent)) {
			String body = TrackerHttp.string(TrackerHttp.map(candidate).get("body"));
			if (body.contains("<!-- " + marker + " -->")) {
				return Optional.of(issue(candidate));
			}
		}
		return Optional.empty();
	}

	@Override
	public void setClosed(String reference, boolean closed) {
		String path = this.repository + "/issues/" + number(reference);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("state", closed ? "closed" : "open");
		if (closed) {
			body.put("state_reason", "completed");
		}
		this.http.call("PATCH", path, body);
	}

	@Override
	public Map<String, Boolean> closedStates(Collection<String> references) {
		Map<String, Boolean> states = new LinkedHashMap<>();
		for (String reference : references) {
			try {
				Object issue = this.http.call("GET", this.repository + "/issues/" + number(reference), null);
				states.put(reference, "closed".equals(TrackerHttp.string(TrackerHttp.map(issue).get("state"))));
			}
			catch (TrackerException ex) {
				if (ex.transientFailure()) {
					throw ex;
				}
				// deleted or transferred: nothing to follow
			}
		}
		return states;
	}

	private static Issue issue(Object answer) {
		Map<?, ?> issue = TrackerHttp.map(answer);
		String number = TrackerHttp.string(issue.get("number"));
		if (number.isEmpty()) {
			throw new TrackerException("GitHub answered no issue number", true);
		}
		return new Issue(number, TrackerHttp.string(issue.get("html_url")),
				"closed".equals(TrackerHttp.string(issue.get("state"))));
	}

	private static long number(String reference) {
		try {
			return Long.parseLong(reference);
		}
		catch (NumberFormatException ex) {
			throw new TrackerException("\"" + reference + "\" is no GitHub issue number", false);
		}
	}

	/**
	 * The body in GitHub Markdown: user text is escaped so that it cannot mention people,
	 * close other issues or run HTML; the marker sits in an HTML comment.
	 */
	static String markdown(TrackerIssueText issue) {
		StringBuilder body = new StringBuilder();
		for (TrackerIssueText.Line line : issue.lines()) {
			if (!line.label().isEmpty()) {
				body.append("**").append(escape(line.label())).append(":** ");
			}
			String text = escape(line.text());
			body.append((line.link() != null) ? "[" + text + "](" + line.link() + ")" : text).append("\n\n");
		}
		body.append("<!-- ").append(issue.marker()).append(" -->\n");
		return body.toString();
	}

	static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (char c : text.toCharArray()) {
			if ("\\`*_{}[]()<>#+!|@~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString().replace("\r", "").replace("\n", " ");
	}

}
