package io.violet.followup.tracker;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON over HTTP to a tracker, with its authentication, a timeout on every call, and
 * failures turned into {@link TrackerException}s. The token is never logged or put in a
 * message.
 */
final class TrackerHttp {

	private final HttpClient client;

	private final JsonMapper json;

	private final String base;

	private final String authorization;

	private final Duration timeout;

	private final Map<String, String> headers;

	TrackerHttp(TrackerSettings settings, JsonMapper json, Map<String, String> headers) {
		this.timeout = settings.timeout();
		this.client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
		this.json = json;
		this.base = settings.url();
		this.authorization = settings.user().isBlank() ? "Bearer " + settings.token() : "Basic " + Base64.getEncoder()
			.encodeToString((settings.user() + ":" + settings.token()).getBytes(StandardCharsets.UTF_8));
		this.headers = Map.copyOf(headers);
	}

	/**
	 * Calls the tracker.
	 * @param method the HTTP method
	 * @param path the path and query below the base address
	 * @param body the JSON body (maps and lists), or null
	 * @return the answer's JSON (an empty map for an empty answer)
	 */
	Object call(String method, String path, @Nullable Object body) {
		String what = method + " " + path.replaceAll("\\?.*", "");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(this.timeout)
			.header("Authorization", this.authorization)
			.header("Accept", "application/json");
		this.headers.forEach(request::header);
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofString(this.json.writeValueAsString(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		HttpResponse<String> response;
		try {
			response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new TrackerException(what + " failed: " + ex.getClass().getSimpleName(), true, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new TrackerException(what + " was interrupted", true, ex);
		}
		if (response.statusCode() / 100 != 2) {
			throw TrackerException.of(response.statusCode(), what, response.body());
		}
		if (response.body() == null || response.body().isBlank()) {
			return Map.of();
		}
		try {
			return this.json.readValue(response.body(), Object.class);
		}
		catch (JacksonException ex) {
			throw new TrackerException(what + " answered something that is not JSON", true, ex);
		}
	}

	static Map<?, ?> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	static List<?> list(@Nullable Object value) {
		return (value instanceof List<?> list) ? list : List.of();
	}

	static String string(@Nullable Object value) {
		return (value == null) ? "" : value.toString();
	}

	/**
	 * A value down a path of keys, e.g. {@code fields, status, statusCategory, key}.
	 */
	static @Nullable Object at(@Nullable Object root, String... path) {
		Object at = root;
		for (String key : path) {
			at = map(at).get(key);
			if (at == null) {
				return null;
			}
		}
		return at;
	}

}
