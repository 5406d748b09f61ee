package io.violet.slack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Slack app manifests (HTTP {@code manifest.yml} and Socket Mode
 * {@code manifest.socket.yml}) cover everything the code uses: the command, every
 * shortcut callback id, every event it subscribes to, and the scopes of every Web API
 * method; and they are the same app but for the transport.
 */
class ManifestTests {

	private static final Pattern SHORTCUT = Pattern.compile("(?:globalShortcut|messageShortcut)\\(\\s*\"([^\"]+)\"");

	private static final Pattern SHORTCUT_CONSTANT = Pattern
		.compile("(?:globalShortcut|messageShortcut)\\(\\s*([A-Z_][A-Z0-9_]*)");

	private static final Pattern EVENT_CLASS = Pattern.compile("\\.event\\(\\s*([A-Za-z]+Event)\\.class");

	private static final String HTTP = "manifest.yml";

	private static final String SOCKET = "manifest.socket.yml";

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET })
	void declaresTheVioletCommandWithEscaping(String file) {
		List<Map<String, Object>> commands = list(map(load(file), "features"), "slash_commands");
		assertThat(commands).singleElement().satisfies((command) -> {
			assertThat(command).containsEntry("command", "/violet").containsEntry("should_escape", true);
			if (file.equals(HTTP)) {
				assertThat((String) command.get("url")).endsWith("/slack/events");
			}
		});
	}

	@Test
	void theHttpManifestSendsEverythingToTheEventsEndpoint() {
		Map<String, Object> settings = map(load(HTTP), "settings");
		assertThat(settings).containsEntry("socket_mode_enabled", false);
		assertThat((String) map(settings, "event_subscriptions").get("request_url")).endsWith("/slack/events");
		assertThat((String) map(settings, "interactivity").get("request_url")).endsWith("/slack/events");
	}

	@Test
	void theSocketModeManifestNeedsNoAddress() throws IOException {
		Map<String, Object> manifest = load(SOCKET);
		assertThat(map(manifest, "settings")).containsEntry("socket_mode_enabled", true);
		assertThat(Files.readString(Path.of(SOCKET))).doesNotContain("url:").doesNotContain("https://");
		assertThat(map(map(manifest, "settings"), "interactivity")).containsEntry("is_enabled", true);
	}

	@Test
	void bothManifestsAreTheSameAppButForTheTransport() {
		assertThat(withoutTransport(load(SOCKET))).isEqualTo(withoutTransport(load(HTTP)));
	}

	@SuppressWarnings("unchecked")
	private static Object withoutTransport(Object node) {
		if (node instanceof Map<?, ?> map) {
			Map<String, Object> copy = new java.util.TreeMap<>();
			map.forEach((key, value) -> {
				if (!List.of("url", "request_url", "socket_mode_enabled").contains(key)) {
					copy.put((String) key, withoutTransport(value));
				}
			});
			return copy;
		}
		if (node instanceof List<?> list) {
			return list.stream().map(ManifestTests::withoutTransport).toList();
		}
		return node;
	}

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET })
	void everyShortcutTheCodeHandlesIsDeclared(String file) throws IOException {
		Set<String> declared = list(map(load(file), "features"), "shortcuts").stream()
			.map((s) -> (String) s.get("callback_id"))
			.collect(Collectors.toSet());
		String source = mainSource();
		Set<String> used = new HashSet<>();
		Matcher literal = SHORTCUT.matcher(source);
		while (literal.find()) {
			used.add(literal.group(1));
		}
		Matcher constant = SHORTCUT_CONSTANT.matcher(source);
		while (constant.find()) {
			Matcher value = Pattern.compile(constant.group(1) + "\\s*=\\s*\"([^\"]+)\"").matcher(source);
			assertThat(value.find()).as("value of %s", constant.group(1)).isTrue();
			used.add(value.group(1));
		}
		assertThat(declared).containsAll(used);
	}

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET })
	void everyEventTheCodeHandlesIsSubscribed(String file) throws IOException {
		@SuppressWarnings("unchecked")
		List<String> events = (List<String>) map(map(load(file), "settings"), "event_subscriptions").get("bot_events");
		Matcher matcher = EVENT_CLASS.matcher(mainSource());
		while (matcher.find()) {
			String type = matcher.group(1).replaceAll("Event$", "").replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase();
			assertThat(events).as("event %s", matcher.group(1)).contains(type);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { HTTP, SOCKET })
	void theScopesCoverEveryWebApiMethodVioletCalls(String file) {
		@SuppressWarnings("unchecked")
		Set<String> scopes = Set.copyOf((List<String>) map(map(load(file), "oauth_config"), "scopes").get("bot"));
		assertThat(scopes).contains("commands");
		for (SlackMethod method : SlackMethod.values()) {
			assertThat(scopes).as(method.method()).containsAll(method.scopes());
		}
	}

	@Test
	void codeReachesSlackOnlyThroughTheGateway() throws IOException {
		String source = mainSource();
		assertThat(source).doesNotContain("ctx.client()").doesNotContain("context.client()").doesNotContain(".say(");
		assertThat(Pattern.compile("Slack\\.getInstance\\(").matcher(source).results().count()).isEqualTo(1);
	}

	private static String mainSource() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			return files.filter((p) -> p.toString().endsWith(".java")).map((p) -> {
				try {
					return Files.readString(p);
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).collect(Collectors.joining("\n"));
		}
	}

	private static Map<String, Object> load(String file) {
		try (InputStream in = Files.newInputStream(Path.of(file))) {
			return new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Map<String, Object> parent, String key) {
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
		return (List<Map<String, Object>>) parent.get(key);
	}

}
