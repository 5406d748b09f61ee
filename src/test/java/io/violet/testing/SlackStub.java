package io.violet.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.responsetemplating.ResponseTemplateTransformer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

/**
 * A WireMock stand-in for Slack's Web API (under {@code /api/}) and for response URLs
 * (under {@code /respond/}), one per JVM. Every method answers {@code ok:true} with
 * plausible fields unless a test stubs it otherwise. Answers are WireMock response
 * templates only where they contain one ({@link #answer(String)}).
 */
public final class SlackStub {

	private static final SlackStub INSTANCE = new SlackStub();

	private final WireMockServer server;

	private final String baseUrl;

	private SlackStub() {
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")
			.containerThreads(32)
			// longer than Violet keeps idle connections, as Slack's side does
			.jettyIdleTimeout(120_000L)
			// a delayed answer waits on a timer, not on a request thread: a benchmark's
			// slow Slack must not also be a Slack that serves only a few calls at once
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(4)
			// templating only where an answer has a template: rendering costs the
			// stand-in
			// more than serving, and a benchmark's stand-in shares the cores with Violet
			.templatingEnabled(true)
			.globalTemplating(false));
		this.server.start();
		this.baseUrl = this.server.baseUrl();
		Runtime.getRuntime().addShutdownHook(new Thread(this.server::stop, "stop-slack-stub"));
		resetToDefaults();
	}

	public static SlackStub get() {
		return INSTANCE;
	}

	public WireMockServer server() {
		return this.server;
	}

	public String apiUrl() {
		return this.baseUrl + "/api/";
	}

	/**
	 * A response URL for a command, answered by the stub.
	 * @param name a name to find the answers by
	 * @return the URL
	 */
	public String responseUrl(String name) {
		return this.baseUrl + "/respond/" + name;
	}

	/**
	 * Forgets all requests and custom stubs; every method answers the defaults again.
	 */
	public void resetToDefaults() {
		this.server.resetAll();
		this.server.stubFor(any(urlPathMatching("/api/.*")).atPriority(100).willReturn(okJson("{\"ok\":true}")));
		this.server.stubFor(any(urlPathMatching("/respond/.*")).atPriority(100)
			.willReturn(aResponse().withStatus(200).withBody("ok")));
		stub("auth.test",
				"{\"ok\":true,\"url\":\"https://violet-test.slack.com/\",\"team\":\"Violet\",\"user\":\"violet\","
						+ "\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
		stub("chat.postMessage", "{\"ok\":true,\"channel\":\"{{formData request.body 'f'}}{{f.channel}}\","
				+ "\"ts\":\"{{now epoch}}.{{randomInt lower=100000 upper=999999}}\",\"message\":{\"text\":\"\"}}");
		stub("chat.update",
				"{\"ok\":true,\"channel\":\"{{formData request.body 'f'}}{{f.channel}}\",\"ts\":\"{{f.ts}}\"}");
		stub("chat.postEphemeral", "{\"ok\":true,\"message_ts\":\"{{now epoch}}.000100\"}");
		stub("chat.getPermalink", "{\"ok\":true,\"channel\":\"{{formData request.body 'f'}}{{f.channel}}\","
				+ "\"permalink\":\"https://violet-test.slack.com/archives/{{f.channel}}/p{{f.message_ts}}\"}");
		stub("conversations.open", "{\"ok\":true,\"channel\":{\"id\":\"D{{formData request.body 'f'}}{{f.users}}\"}}");
		stub("users.info",
				"{\"ok\":true,\"user\":{\"id\":\"{{formData request.body 'f'}}{{f.user}}\",\"name\":\"user\","
						+ "\"tz\":\"Europe/Berlin\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,\"is_bot\":false}}");
		stub("conversations.create", "{\"ok\":true,\"channel\":{\"id\":\"C{{randomInt lower=100000 upper=999999}}\","
				+ "\"name\":\"{{formData request.body 'f'}}{{f.name}}\"}}");
		stub("views.open", "{\"ok\":true,\"view\":{\"id\":\"V{{randomInt lower=100000 upper=999999}}\"}}");
		stub("views.publish", "{\"ok\":true,\"view\":{\"id\":\"VHOME\"}}");
		stub("conversations.canvases.create",
				"{\"ok\":true,\"canvas_id\":\"F{{randomValue length=10 type='ALPHANUMERIC' uppercase=true}}\"}");
		stub("files.info", "{\"ok\":true,\"file\":{\"id\":\"{{formData request.body 'f'}}{{f.file}}\","
				+ "\"permalink\":\"https://violet-test.slack.com/files/UBOT/{{f.file}}\"}}");
		stub("bookmarks.add", "{\"ok\":true,\"bookmark\":{\"id\":\"Bk{{randomInt lower=100000 upper=999999}}\","
				+ "\"channel_id\":\"{{formData request.body 'f'}}{{f.channel_id}}\",\"link\":\"{{f.link}}\"}}");
	}

	/**
	 * Makes a Web API method answer with a body.
	 * @param method e.g. {@code users.info}
	 * @param json the answer (WireMock response templating is on)
	 */
	public void stub(String method, String json) {
		this.server.stubFor(post(urlEqualTo("/api/" + method)).atPriority(50).willReturn(answer(json)));
	}

	/**
	 * A JSON answer, rendered as a WireMock response template when it contains one.
	 * @param json the body, e.g. with {@code {{randomValue …}}}
	 * @return the response
	 */
	public static ResponseDefinitionBuilder answer(String json) {
		ResponseDefinitionBuilder answer = okJson(json);
		return json.contains("{{") ? answer.withTransformers(ResponseTemplateTransformer.NAME) : answer;
	}

	/**
	 * The form fields of every call made to a Web API method, in order.
	 * @param method e.g. {@code chat.postMessage}
	 * @return one map of fields per call
	 */
	public List<Map<String, String>> calls(String method) {
		List<Map<String, String>> calls = new ArrayList<>();
		for (LoggedRequest request : this.server.findAll(anyRequestedFor(urlEqualTo("/api/" + method)))) {
			calls.add(form(request.getBodyAsString()));
		}
		return calls;
	}

	/**
	 * The calls to a method that carry one field value, e.g. those to one channel: work
	 * that other tests left running may be calling the same method.
	 * @param method e.g. {@code chat.postMessage}
	 * @param field a form field, e.g. {@code channel}
	 * @param value the value it must have
	 * @return those calls, in order
	 */
	public List<Map<String, String>> calls(String method, String field, String value) {
		return calls(method).stream().filter((call) -> value.equals(call.get(field))).toList();
	}

	/**
	 * Every body posted to a response URL.
	 * @param name the name given to {@link #responseUrl(String)}
	 * @return the JSON bodies
	 */
	public List<String> responses(String name) {
		return this.server.findAll(anyRequestedFor(urlEqualTo("/respond/" + name)))
			.stream()
			.map(LoggedRequest::getBodyAsString)
			.toList();
	}

	/**
	 * The names of all Web API methods called, in order.
	 * @return method names
	 */
	public List<String> methodsCalled() {
		return this.server.findAll(anyRequestedFor(urlPathMatching("/api/.*")))
			.stream()
			.map((r) -> r.getUrl().substring("/api/".length()))
			.toList();
	}

	/**
	 * Decodes a form body.
	 * @param body {@code a=1&b=2}
	 * @return the fields
	 */
	public static Map<String, String> form(String body) {
		Map<String, String> fields = new LinkedHashMap<>();
		if (body == null || body.isEmpty()) {
			return fields;
		}
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			String key = URLDecoder.decode((eq < 0) ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = (eq < 0) ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			fields.put(key, value);
		}
		return fields;
	}

}
