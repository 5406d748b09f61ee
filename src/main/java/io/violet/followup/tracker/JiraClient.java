package io.violet.followup.tracker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Jira Cloud, REST API v3: issues created with {@code POST /rest/api/3/issue} and a
 * description in Atlassian Document Format, closed and reopened through the issue's
 * transitions (the first one into, or out of, the "done" status category), found again by
 * a label that carries the follow-up's key.
 */
class JiraClient implements TrackerClient {

	private static final int SEARCH_BATCH = 50;

	private final TrackerHttp http;

	private final TrackerSettings settings;

	JiraClient(TrackerSettings settings, JsonMapper json) {
		this.settings = settings;
		this.http = new TrackerHttp(settings, json, Map.of());
	}

	@Override
	public String kind() {
		return TrackerSettings.JIRA;
	}

	@Override
	public Issue create(TrackerIssueText issue) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("project", Map.of("key", this.settings.project()));
		fields.put("issuetype", Map.of("name", this.settings.issueType()));
		fields.put("summary", issue.title());
		fields.put("description", document(issue));
		List<String> labels = new ArrayList<>(issue.labels());
		labels.add(label(issue.key()));
		fields.put("labels", labels);
		Object created = this.http.call("POST", "/rest/api/3/issue", Map.of("fields", fields));
		String key = TrackerHttp.string(TrackerHttp.map(created).get("key"));
		if (key.isEmpty()) {
			throw new TrackerException("POST /rest/api/3/issue answered no issue key", true);
		}
		return new Issue(key, browse(key), false);
	}

	@Override
	public Optional<Issue> findByMarker(String key) {
		Object found = search("labels = \"" + label(key) + "\"", 1);
		for (Object issue : TrackerHttp.list(TrackerHttp.map(found).get("issues"))) {
			String reference = TrackerHttp.string(TrackerHttp.map(issue).get("key"));
			if (!reference.isEmpty()) {
				return Optional.of(new Issue(reference, browse(reference), done(issue)));
			}
		}
		return Optional.empty();
	}

	@Override
	public void setClosed(String reference, boolean closed) {
		String path = "/rest/api/3/issue/" + URLEncoder.encode(reference, StandardCharsets.UTF_8);
		if (done(this.http.call("GET", path + "?fields=status", null)) == closed) {
			return;
		}
		Object answer = this.http.call("GET", path + "/transitions", null);
		String transition = null;
		for (Object candidate : TrackerHttp.list(TrackerHttp.map(answer).get("transitions"))) {
			String category = TrackerHttp.string(TrackerHttp.at(candidate, "to", "statusCategory", "key"));
			boolean intoDone = "done".equals(category);
			if (intoDone == closed && !category.isEmpty()) {
				transition = TrackerHttp.string(TrackerHttp.map(candidate).get("id"));
				// reopening prefers "to do" over "in progress"
				if (closed || "new".equals(category)) {
					break;
				}
			}
		}
		if (transition == null || transition.isEmpty()) {
			throw new TrackerException("Jira offers no transition " + (closed ? "into" : "out of")
					+ " a done status for " + reference + "; check the project's workflow", false);
		}
		this.http.call("POST", path + "/transitions", Map.of("transition", Map.of("id", transition)));
	}

	@Override
	public Map<String, Boolean> closedStates(Collection<String> references) {
		Map<String, Boolean> states = new LinkedHashMap<>();
		List<String> all = List.copyOf(references);
		for (int from = 0; from < all.size(); from += SEARCH_BATCH) {
			List<String> batch = all.subList(from, Math.min(all.size(), from + SEARCH_BATCH))
				.stream()
				.filter((k) -> k.matches("[A-Za-z][A-Za-z0-9_]*-\\d+"))
				.toList();
			if (batch.isEmpty()) {
				continue;
			}
			Object found = search("key in (" + String.join(",", batch) + ")", batch.size());
			for (Object issue : TrackerHttp.list(TrackerHttp.map(found).get("issues"))) {
				states.put(TrackerHttp.string(TrackerHttp.map(issue).get("key")), done(issue));
			}
		}
		return states;
	}

	private Object search(String jql, int max) {
		return this.http.call("GET", "/rest/api/3/search/jql?jql=" + URLEncoder.encode(jql, StandardCharsets.UTF_8)
				+ "&fields=status&maxResults=" + max, null);
	}

	private static boolean done(Object issue) {
		return "done".equals(TrackerHttp.string(TrackerHttp.at(issue, "fields", "status", "statusCategory", "key")));
	}

	private String browse(String key) {
		return this.settings.url() + "/browse/" + key;
	}

	static String label(String key) {
		return "violet-" + key;
	}

	/**
	 * The description in Atlassian Document Format: one paragraph per line, a bold label,
	 * links as link marks, the marker last.
	 */
	static Map<String, Object> document(TrackerIssueText issue) {
		List<Object> paragraphs = new ArrayList<>();
		for (TrackerIssueText.Line line : issue.lines()) {
			List<Object> content = new ArrayList<>();
			if (!line.label().isEmpty()) {
				content.add(Map.of("type", "text", "text", line.label() + ": ", "marks",
						List.of(Map.of("type", "strong"))));
			}
			if (!line.text().isEmpty()) {
				Map<String, Object> text = new LinkedHashMap<>();
				text.put("type", "text");
				text.put("text", line.text());
				if (line.link() != null) {
					text.put("marks", List.of(Map.of("type", "link", "attrs", Map.of("href", line.link()))));
				}
				content.add(text);
			}
			paragraphs.add(Map.of("type", "paragraph", "content", content));
		}
		paragraphs.add(Map.of("type", "paragraph", "content",
				List.of(Map.of("type", "text", "text", issue.marker(), "marks", List.of(Map.of("type", "code"))))));
		return Map.of("type", "doc", "version", 1, "content", paragraphs);
	}

}
