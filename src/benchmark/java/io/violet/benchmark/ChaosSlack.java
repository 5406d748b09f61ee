package io.violet.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.testing.SlackStub;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;

/**
 * A Slack that remembers: channels with their members, messages (with metadata) and
 * archive state, users some of whom are deactivated, so that Violet's checks after a
 * crash (a channel's history, {@code name_taken} and {@code conversations.list}) see what
 * a real workspace would show. While faults are on it answers a share of calls with a 429
 * ({@code Retry-After} 1–90 s), a 5xx or an answer later than Violet's read timeout; half
 * of those late answers come after the effect was made, as when Slack's answer is lost on
 * the way. Every call is logged with the instance that made it (each instance has its own
 * bot token) and what it was answered.
 */
final class ChaosSlack {

	static final String BOT = "UBOT";

	static final String INCIDENTS_CHANNEL = "CINCIDENTS";

	static final String INITIATIVES_CHANNEL = "CINITIATIVES";

	/** Deactivated users: every DM, invite or lookup of them is refused for good. */
	static final Set<String> DISABLED = Set.of("USOAKGONE1", "USOAKGONE2");

	/** Beyond Violet's 10 s HTTP read timeout. */
	private static final int LATE_MILLIS = 12_000;

	private static final Pattern INCIDENT_ROOM = Pattern.compile("^(?:ai-inc|drill)-\\d{8}-(\\d+)(?:-.*)?$");

	private static final Gson GSON = new Gson();

	private final WireMockServer server;

	private final Random random;

	private final Map<String, String> instanceByToken;

	private final double faultRate;

	private volatile boolean faults;

	private final Map<String, Channel> channels = new HashMap<>();

	private final Map<String, String> channelByName = new HashMap<>();

	private final AtomicLong channelSequence = new AtomicLong(100_000);

	private final AtomicLong tsSequence = new AtomicLong();

	private final List<Call> calls = Collections.synchronizedList(new ArrayList<>());

	private final AtomicLong callSequence = new AtomicLong();

	/** A private incident's marker (in its title) → who reported it. */
	private final Map<String, String> secretReporters = new ConcurrentHashMap<>();

	/** A private incident's marker → its room, once created. */
	private final Map<String, String> secretRooms = new ConcurrentHashMap<>();

	private final List<String> leaks = Collections.synchronizedList(new ArrayList<>());

	private final Map<String, Integer> faultCounts = new ConcurrentHashMap<>();

	/** (method, what it was about) refused for good → calls after that refusal. */
	private final Map<String, Integer> afterPermanent = new ConcurrentHashMap<>();

	ChaosSlack(long seed, double faultRate, Map<String, String> instanceByToken) {
		this.random = new Random(seed);
		this.faultRate = faultRate;
		this.instanceByToken = Map.copyOf(instanceByToken);
		Channel incidents = new Channel(INCIDENTS_CHANNEL, "ai-incidents", false, "UOWNER");
		// Violet is not in the incidents channel at first: it must join it to announce
		incidents.members.remove(BOT);
		this.channels.put(incidents.id, incidents);
		this.channels.put(INITIATIVES_CHANNEL, new Channel(INITIATIVES_CHANNEL, "ai-initiatives", false, "UOWNER"));
		this.channels.values().forEach((c) -> this.channelByName.put(c.name, c.id));
		this.server = new WireMockServer(WireMockConfiguration.options()
			.dynamicPort()
			.bindAddress("127.0.0.1")
			.containerThreads(48)
			.asynchronousResponseEnabled(true)
			.asynchronousResponseThreads(8)
			.jettyIdleTimeout(120_000L)
			.disableRequestJournal()
			.extensions(new Answering()));
		this.server.start();
		this.server.stubFor(any(anyUrl()).willReturn(ok()));
	}

	String apiUrl() {
		return this.server.baseUrl() + "/api/";
	}

	String responseUrl(String userId, String name) {
		return this.server.baseUrl() + "/respond/" + userId + "/" + name;
	}

	void faults(boolean on) {
		this.faults = on;
	}

	/**
	 * Names a private incident's marker before it is declared, so that its reporter may
	 * see it before its room exists.
	 */
	void secret(String marker, String reporter) {
		this.secretReporters.put(marker.toLowerCase(Locale.ROOT), reporter);
	}

	void stop() {
		this.server.stop();
	}

	List<Call> calls() {
		synchronized (this.calls) {
			return List.copyOf(this.calls);
		}
	}

	/**
	 * Writes the call log, one JSON object a line, for looking into a failed run.
	 */
	void writeLog(java.nio.file.Path file) throws java.io.IOException {
		try (java.io.BufferedWriter out = java.nio.file.Files.newBufferedWriter(file)) {
			for (Call call : calls()) {
				out.write(GSON.toJson(call));
				out.newLine();
			}
		}
	}

	List<String> leaks() {
		return List.copyOf(this.leaks);
	}

	Map<String, Integer> faultCounts() {
		return Map.copyOf(this.faultCounts);
	}

	Map<String, Integer> callsAfterPermanentRefusal() {
		return Map.copyOf(this.afterPermanent);
	}

	/** The incident a war-room name belongs to, or -1. */
	static long incidentOfRoom(String name) {
		Matcher m = INCIDENT_ROOM.matcher((name != null) ? name : "");
		return m.matches() ? Long.parseLong(m.group(1)) : -1;
	}

	synchronized Map<String, ChannelView> channels() {
		Map<String, ChannelView> views = new LinkedHashMap<>();
		this.channels.values()
			.forEach((c) -> views.put(c.id, new ChannelView(c.id, c.name, c.isPrivate, c.archived,
					Set.copyOf(c.members), List.copyOf(c.messages))));
		return views;
	}

	/**
	 * Archives a channel as a person would (a war room someone archived by hand).
	 */
	synchronized void archiveByHand(String channel) {
		Channel c = this.channels.get(channel);
		if (c != null) {
			c.archived = true;
		}
	}

	private synchronized Answer answer(String path, String instance, Map<String, String> form) {
		String method = path.substring("/api/".length());
		String about = about(method, form);
		String refusedKey = method + " " + about;
		if (this.afterPermanent.containsKey(refusedKey)) {
			this.afterPermanent.merge(refusedKey, 1, Integer::sum);
		}
		if (this.faults && !method.equals("auth.test") && this.random.nextDouble() < this.faultRate) {
			double kind = this.random.nextDouble();
			if (kind < 0.4) {
				int retryAfter = 1 + this.random.nextInt(90);
				this.faultCounts.merge("429", 1, Integer::sum);
				return Answer.status(429, "{\"ok\":false,\"error\":\"ratelimited\"}", "429 Retry-After " + retryAfter,
						retryAfter);
			}
			if (kind < 0.7) {
				int status = List.of(500, 502, 503).get(this.random.nextInt(3));
				this.faultCounts.merge("5xx", 1, Integer::sum);
				return Answer.status(status, "{\"ok\":false,\"error\":\"internal_error\"}", "http " + status, 0);
			}
			if (kind < 0.85) {
				this.faultCounts.merge("timeout", 1, Integer::sum);
				return Answer.late(Answer.ok("{\"ok\":false,\"error\":\"request_timeout\"}"), "late, not made");
			}
			// the effect is made, its answer comes too late
			this.faultCounts.merge("timeout after the effect", 1, Integer::sum);
			Answer made = serve(method, instance, form);
			return Answer.late(made, "late, made: " + made.outcome);
		}
		Answer served = serve(method, instance, form);
		if (served.permanent) {
			this.afterPermanent.putIfAbsent(refusedKey, 0);
		}
		return served;
	}

	/** What a call is about, to tell its repetition after a permanent refusal. */
	private static String about(String method, Map<String, String> form) {
		String key = effectKey(form);
		if (key != null) {
			return key;
		}
		return String.valueOf(form.getOrDefault("channel", "")) + "/" + form.getOrDefault("users", "")
				+ form.getOrDefault("user", "") + form.getOrDefault("user_id", "");
	}

	/** The effect key a post carries in its metadata, or null. */
	static String effectKey(Map<String, String> form) {
		String metadata = form.get("metadata");
		if (metadata == null || metadata.isBlank()) {
			return null;
		}
		JsonObject json = JsonParser.parseString(metadata).getAsJsonObject();
		String type = json.has("event_type") ? json.get("event_type").getAsString() : "";
		JsonObject payload = json.has("event_payload") ? json.getAsJsonObject("event_payload") : new JsonObject();
		if (payload.has("key")) {
			return payload.get("key").getAsString();
		}
		StringBuilder key = new StringBuilder(type);
		payload.entrySet().forEach((e) -> key.append(':').append(e.getKey()).append('=').append(e.getValue()));
		return key.toString();
	}

	private Answer serve(String method, String instance, Map<String, String> form) {
		return switch (method) {
			case "auth.test" -> Answer.ok("{\"ok\":true,\"url\":\"https://violet-soak.slack.com/\",\"team\":\"Soak\","
					+ "\"user\":\"violet\",\"team_id\":\"T0001\",\"user_id\":\"" + BOT + "\",\"bot_id\":\"BBOT\"}");
			case "chat.postMessage" -> post(form);
			case "chat.update" -> inChannel(form.get("channel"), true,
					(c) -> Answer.ok("{\"ok\":true,\"channel\":\"" + c.id + "\",\"ts\":\"" + form.get("ts") + "\"}"));
			case "chat.postEphemeral" -> Answer.ok("{\"ok\":true,\"message_ts\":\"" + nextTs() + "\"}");
			case "chat.getPermalink" -> Answer.ok("{\"ok\":true,\"permalink\":\"https://violet-soak.slack.com/archives/"
					+ form.get("channel") + "/p" + String.valueOf(form.get("message_ts")).replace(".", "") + "\"}");
			case "conversations.open" -> open(form.get("users"));
			case "conversations.create" -> create(form);
			case "conversations.invite" -> invite(form);
			case "conversations.join" -> inChannel(form.get("channel"), false, (c) -> {
				c.members.add(BOT);
				return Answer.ok("{\"ok\":true,\"channel\":" + channelJson(c) + "}");
			});
			case "conversations.archive" -> inChannel(form.get("channel"), true, (c) -> {
				c.archived = true;
				c.archivedByViolet = true;
				return Answer.ok("{\"ok\":true}");
			});
			case "conversations.unarchive" -> {
				Channel c = this.channels.get(form.get("channel"));
				if (c == null) {
					yield Answer.refused("channel_not_found");
				}
				c.archived = false;
				yield Answer.ok("{\"ok\":true}");
			}
			case "conversations.setTopic", "conversations.setPurpose" -> inChannel(form.get("channel"), true,
					(c) -> Answer.ok("{\"ok\":true,\"channel\":" + channelJson(c) + "}"));
			case "conversations.history" -> history(form, false);
			case "conversations.replies" -> history(form, true);
			case "conversations.list" -> list();
			case "conversations.info" -> inChannel(form.get("channel"), false,
					(c) -> Answer.ok("{\"ok\":true,\"channel\":" + channelJson(c) + "}"));
			case "conversations.members" ->
				inChannel(form.get("channel"), false, (c) -> Answer.ok("{\"ok\":true,\"members\":"
						+ GSON.toJson(c.members) + ",\"response_metadata\":{\"next_cursor\":\"\"}}"));
			case "pins.add" -> inChannel(form.get("channel"), true, (c) -> {
				if (!c.pins.add(String.valueOf(form.get("timestamp")))) {
					return Answer.refused("already_pinned");
				}
				return Answer.ok("{\"ok\":true}");
			});
			case "users.info" -> userInfo(form.get("user"));
			case "views.publish", "views.open", "views.update", "views.push" ->
				Answer.ok("{\"ok\":true,\"view\":{\"id\":\"V" + nextTs().replace(".", "") + "\"}}");
			case "files.getUploadURLExternal" -> Answer.ok("{\"ok\":true,\"upload_url\":\"" + this.server.baseUrl()
					+ "/upload/" + nextTs() + "\",\"file_id\":\"F" + nextTs().replace(".", "") + "\"}");
			case "files.completeUploadExternal" -> Answer.ok("{\"ok\":true,\"files\":[{\"id\":\"F"
					+ nextTs().replace(".", "") + "\",\"name\":\"file\",\"title\":\"file\"}]}");
			case "usergroups.users.list" -> Answer.ok("{\"ok\":true,\"users\":[]}");
			case "users.lookupByEmail" -> Answer.refused("users_not_found");
			default -> Answer.ok("{\"ok\":true}");
		};
	}

	private Answer post(Map<String, String> form) {
		String channelId = String.valueOf(form.get("channel"));
		if (channelId.startsWith("D")) {
			String user = channelId.substring(1);
			if (DISABLED.contains(user)) {
				return Answer.refused("user_disabled");
			}
			this.channels.computeIfAbsent(channelId, (id) -> new Channel(id, "dm-" + user, true, BOT)).members
				.add(user);
		}
		Channel channel = this.channels.get(channelId);
		if (channel == null) {
			return Answer.refused("channel_not_found");
		}
		if (channel.archived) {
			return Answer.refused("is_archived");
		}
		if (!channel.members.contains(BOT)) {
			return Answer.refused(channel.isPrivate ? "channel_not_found" : "not_in_channel");
		}
		String threadTs = form.get("thread_ts");
		if (threadTs != null && !threadTs.isBlank()
				&& channel.messages.stream().noneMatch((m) -> m.ts().equals(threadTs))) {
			return Answer.refused("thread_not_found");
		}
		String ts = nextTs();
		Message message = new Message(ts, (threadTs == null || threadTs.isBlank()) ? null : threadTs,
				String.valueOf(form.getOrDefault("text", "")), form.get("metadata"), effectKey(form));
		channel.messages.add(message);
		return Answer.made("{\"ok\":true,\"channel\":\"" + channel.id + "\",\"ts\":\"" + ts
				+ "\",\"message\":{\"type\":\"message\",\"ts\":\"" + ts + "\",\"text\":\"\"}}", "posted " + ts);
	}

	private Answer open(String users) {
		String user = String.valueOf(users);
		if (DISABLED.contains(user)) {
			return Answer.refused("user_disabled");
		}
		String id = "D" + user;
		this.channels.computeIfAbsent(id, (k) -> new Channel(id, "dm-" + user, true, BOT)).members.add(user);
		return Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"" + id + "\"}}");
	}

	private Answer create(Map<String, String> form) {
		String name = String.valueOf(form.get("name"));
		if (this.channelByName.containsKey(name)) {
			return Answer.refused("name_taken");
		}
		boolean isPrivate = "1".equals(form.get("is_private")) || "true".equals(form.get("is_private"));
		Channel channel = new Channel("C" + this.channelSequence.incrementAndGet(), name, isPrivate, BOT);
		this.channels.put(channel.id, channel);
		this.channelByName.put(name, channel.id);
		this.secretReporters.keySet()
			.stream()
			.filter(name::contains)
			.forEach((marker) -> this.secretRooms.put(marker, channel.id));
		return Answer.made("{\"ok\":true,\"channel\":" + channelJson(channel) + "}", "created " + channel.id);
	}

	private Answer invite(Map<String, String> form) {
		return inChannel(form.get("channel"), true, (c) -> {
			JsonArray errors = new JsonArray();
			int added = 0;
			for (String user : String.valueOf(form.get("users")).split(",")) {
				if (DISABLED.contains(user)) {
					JsonObject error = new JsonObject();
					error.addProperty("user", user);
					error.addProperty("ok", false);
					error.addProperty("error", "user_disabled");
					errors.add(error);
				}
				else if (c.members.add(user)) {
					added++;
				}
			}
			if (added == 0 && errors.isEmpty()) {
				return Answer.refused("already_in_channel");
			}
			String body = "{\"ok\":" + errors.isEmpty() + (errors.isEmpty() ? "" : ",\"error\":\"user_disabled\"")
					+ ",\"channel\":" + channelJson(c) + (errors.isEmpty() ? "" : ",\"errors\":" + errors) + "}";
			return errors.isEmpty() ? Answer.made(body, "invited " + added) : new Answer(200, body,
					"invited " + added + ", refused " + errors.size(), 0, false, added > 0, true);
		});
	}

	private Answer history(Map<String, String> form, boolean replies) {
		Channel channel = this.channels.get(form.get("channel"));
		if (channel == null) {
			return Answer.refused("channel_not_found");
		}
		String parent = form.get("ts");
		double oldest = (form.get("oldest") != null) ? Double.parseDouble(form.get("oldest")) : 0;
		// the SDK sends booleans as 1 or true
		boolean metadata = "1".equals(form.get("include_all_metadata"))
				|| "true".equals(form.get("include_all_metadata"));
		JsonArray messages = new JsonArray();
		List<Message> all = new ArrayList<>(channel.messages);
		Collections.reverse(all);
		for (Message m : all) {
			if (Double.parseDouble(m.ts()) < oldest) {
				continue;
			}
			boolean inThread = parent != null && (parent.equals(m.threadTs()) || parent.equals(m.ts()));
			if (replies ? !inThread : m.threadTs() != null) {
				continue;
			}
			JsonObject json = new JsonObject();
			json.addProperty("type", "message");
			json.addProperty("ts", m.ts());
			json.addProperty("text", m.text());
			json.addProperty("user", BOT);
			if (m.threadTs() != null) {
				json.addProperty("thread_ts", m.threadTs());
			}
			if (metadata && m.metadata() != null) {
				json.add("metadata", JsonParser.parseString(m.metadata()));
			}
			messages.add(json);
		}
		return Answer.ok("{\"ok\":true,\"messages\":" + messages
				+ ",\"has_more\":false,\"response_metadata\":{\"next_cursor\":\"\"}}");
	}

	private Answer list() {
		JsonArray list = new JsonArray();
		this.channels.values()
			.stream()
			.filter((c) -> !c.id.startsWith("D") && !c.archived)
			.forEach((c) -> list.add(JsonParser.parseString(channelJson(c))));
		return Answer.ok("{\"ok\":true,\"channels\":" + list + ",\"response_metadata\":{\"next_cursor\":\"\"}}");
	}

	private Answer userInfo(String user) {
		boolean gone = DISABLED.contains(user);
		return Answer.ok("{\"ok\":true,\"user\":{\"id\":\"" + user + "\",\"name\":\""
				+ String.valueOf(user).toLowerCase(Locale.ROOT)
				+ "\",\"tz\":\"Europe/Berlin\",\"is_admin\":false,\"is_owner\":false,\"deleted\":" + gone
				+ ",\"is_bot\":false}}");
	}

	private Answer inChannel(String channelId, boolean refusesWhenArchived,
			java.util.function.Function<Channel, Answer> then) {
		Channel channel = this.channels.get(channelId);
		if (channel == null) {
			return Answer.refused("channel_not_found");
		}
		if (refusesWhenArchived && channel.archived) {
			return Answer.refused("is_archived");
		}
		return then.apply(channel);
	}

	private static String channelJson(Channel c) {
		return "{\"id\":\"" + c.id + "\",\"name\":\"" + c.name + "\",\"is_channel\":" + !c.isPrivate
				+ ",\"is_group\":false,\"is_private\":" + c.isPrivate + ",\"is_archived\":" + c.archived
				+ ",\"is_member\":" + c.members.contains(BOT) + ",\"creator\":\"" + c.creator
				+ "\",\"created\":1700000000}";
	}

	private String nextTs() {
		long n = this.tsSequence.incrementAndGet();
		return (System.currentTimeMillis() / 1000) + "." + String.format(Locale.ROOT, "%06d", n % 1_000_000);
	}

	/**
	 * Whether a call shows a private incident's title to someone outside its room.
	 */
	private synchronized void checkPrivacy(String path, Map<String, String> form, String body) {
		String lower = body.toLowerCase(Locale.ROOT);
		for (Map.Entry<String, String> secret : this.secretReporters.entrySet()) {
			String marker = secret.getKey();
			if (!lower.contains(marker)) {
				continue;
			}
			String room = this.secretRooms.get(marker);
			Set<String> allowed = new LinkedHashSet<>();
			allowed.add(secret.getValue());
			Channel roomChannel = (room != null) ? this.channels.get(room) : null;
			if (roomChannel != null) {
				allowed.addAll(roomChannel.members);
			}
			String audience;
			if (path.startsWith("/respond/")) {
				audience = path.split("/")[2];
			}
			else if (path.endsWith("conversations.create")) {
				continue;
			}
			else if (form.get("channel") != null) {
				String channel = form.get("channel");
				if (channel.equals(room)) {
					continue;
				}
				audience = channel.startsWith("D") ? channel.substring(1) : "channel " + channel;
			}
			else {
				audience = String.valueOf(form.getOrDefault("user_id", form.getOrDefault("user", "?")));
			}
			if (!allowed.contains(audience)) {
				this.leaks.add(path + " shows " + marker + " to " + audience);
			}
		}
	}

	/**
	 * One call as the stand-in saw it.
	 *
	 * @param seq its place in the log
	 * @param at when it came (epoch millis)
	 * @param instance which Violet instance made it
	 * @param method the Web API method, or the path for other calls
	 * @param form its form fields
	 * @param status the HTTP status answered
	 * @param outcome what was answered, e.g. {@code ok}, {@code error is_archived},
	 * {@code 429 Retry-After 40}
	 * @param made whether the effect was made (a message stored, a channel created)
	 * @param permanent whether it was refused for good
	 */
	record Call(long seq, long at, String instance, String method, Map<String, String> form, int status, String outcome,
			boolean made, boolean permanent) {

		String effectKey() {
			return ChaosSlack.effectKey(this.form);
		}

		boolean fault() {
			return this.status != 200 || this.outcome.startsWith("late");
		}

	}

	record Message(String ts, String threadTs, String text, String metadata, String key) {
	}

	record ChannelView(String id, String name, boolean isPrivate, boolean archived, Set<String> members,
			List<Message> messages) {
	}

	private static final class Channel {

		final String id;

		final String name;

		final boolean isPrivate;

		final String creator;

		final Set<String> members = new LinkedHashSet<>();

		final List<Message> messages = new ArrayList<>();

		final Set<String> pins = new java.util.HashSet<>();

		boolean archived;

		boolean archivedByViolet;

		Channel(String id, String name, boolean isPrivate, String creator) {
			this.id = id;
			this.name = name;
			this.isPrivate = isPrivate;
			this.creator = creator;
			this.members.add(BOT);
		}

	}

	/**
	 * An answer: status, body, what to log, a {@code Retry-After}, whether it comes later
	 * than the client waits.
	 */
	private record Answer(int status, String body, String outcome, int retryAfter, boolean late, boolean made,
			boolean permanent) {

		static Answer ok(String body) {
			return new Answer(200, body, "ok", 0, false, false, false);
		}

		static Answer made(String body, String outcome) {
			return new Answer(200, body, "ok " + outcome, 0, false, true, false);
		}

		static Answer refused(String error) {
			// not_in_channel of a public channel Violet joins by itself, then posts again
			boolean permanent = !error.equals("already_pinned") && !error.equals("already_in_channel")
					&& !error.equals("name_taken") && !error.equals("users_not_found")
					&& !error.equals("not_in_channel");
			return new Answer(200, "{\"ok\":false,\"error\":\"" + error + "\"}", "error " + error, 0, false, false,
					permanent);
		}

		static Answer status(int status, String body, String outcome, int retryAfter) {
			return new Answer(status, body, outcome, retryAfter, false, false, false);
		}

		static Answer late(Answer answer, String outcome) {
			return new Answer(answer.status, answer.body, outcome, 0, true, answer.made, false);
		}

	}

	private final class Answering implements ResponseDefinitionTransformerV2 {

		@Override
		public String getName() {
			return "chaos-slack";
		}

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			LoggedRequest request = serveEvent.getRequest();
			String path = request.getUrl();
			int query = path.indexOf('?');
			if (query >= 0) {
				path = path.substring(0, query);
			}
			String body = request.getBodyAsString();
			Map<String, String> form = SlackStub.form(body);
			String authorization = String.valueOf(request.getHeader("Authorization"));
			String instance = ChaosSlack.this.instanceByToken.getOrDefault(authorization.replace("Bearer ", ""), "?");
			Answer answer;
			if (path.startsWith("/api/")) {
				answer = answer(path, instance, form);
			}
			else {
				answer = Answer.ok("ok");
			}
			if (answer.status == 200 && !answer.outcome.startsWith("error")
					&& !answer.outcome.startsWith("late, not")) {
				checkPrivacy(path, form, body);
			}
			ChaosSlack.this.calls.add(new Call(ChaosSlack.this.callSequence.incrementAndGet(),
					System.currentTimeMillis(), instance, path.startsWith("/api/") ? path.substring(5) : path, form,
					answer.status, answer.outcome, answer.made, answer.permanent));
			ResponseDefinitionBuilder response = ResponseDefinitionBuilder.responseDefinition()
				.withStatus(answer.status)
				.withHeader("Content-Type", "application/json")
				.withBody(answer.body);
			if (answer.retryAfter > 0) {
				response.withHeader("Retry-After", Integer.toString(answer.retryAfter));
			}
			if (answer.late) {
				response.withFixedDelay(LATE_MILLIS);
			}
			return response.build();
		}

	}

}
