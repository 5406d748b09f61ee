package io.violet.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.violet.testing.MariaDbServer;
import io.violet.testing.Signatures;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chaos soak: two Violet instances (separate JVMs) on one MariaDB database, a Slack
 * stand-in ({@link ChaosSlack}) that answers at random with 429s ({@code Retry-After}
 * 1–90 s), 5xx and answers later than Violet waits (half of them after the effect was
 * made), and refuses deactivated users and archived channels for good, while either
 * instance is killed with {@code kill -9} at random moments and started again. A driver
 * sends signed requests to both throughout: incidents declared (public and private),
 * initiatives created, reviews approved, workshops scheduled, checklist items ticked.
 * After a drain (no faults, both instances up, until no work is due) every call the
 * stand-in received is checked against the database ({@link SoakCheck}).
 * <p>
 * Run it with {@code ./mvnw -B -Pbenchmark test -Dtest=ChaosSoakBenchmark}; settings are
 * system properties (docs/benchmarks.md): {@code bench.soak.minutes} (10, at most 60),
 * {@code bench.soak.rate} (requests a second, 1), {@code bench.soak.fault-rate} (0.15),
 * {@code bench.soak.kill-every} (mean seconds between kills, 45),
 * {@code bench.soak.drain-minutes} (longest drain, 8), {@code bench.soak.seed}. The
 * report is printed and written to {@code target/benchmarks/chaos-soak.md}; it fails when
 * an effect is duplicated or lost, a private incident leaks, or a permanently refused
 * call is repeated beyond the cap.
 */
class ChaosSoakBenchmark {

	private static final String SECRET = "soak-signing-secret-7d1c0e9b5a3f";

	private static final String ADMIN = "USOAKADMIN";

	/** Owns every role, so that it may decide every review. */
	private static final String OWNER = "USOAKOWNER";

	private static final String BACKUP = "USOAKBACKUP";

	private static final List<String> ROLES = List.of("ml-engineer", "data-scientist", "ml-architect",
			"security-architect", "threat-analyst", "ux-designer", "sme", "legal", "compliance", "privacy", "hr",
			"procurement", "ethics", "comms", "incident-commander", "ai-operator");

	private static final List<String> PUBLIC_TYPES = List.of("prompt-injection", "data-poisoning", "harmful-output",
			"supply-chain", "model-theft");

	private static final Pattern INCIDENT_LABEL = Pattern.compile("AI incident \\*#(\\d+)\\*");

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final int minutes = Math.max(1, Math.min(60, Integer.getInteger("bench.soak.minutes", 10)));

	private final double rate = Double.parseDouble(System.getProperty("bench.soak.rate", "1"));

	private final double faultRate = Double.parseDouble(System.getProperty("bench.soak.fault-rate", "0.15"));

	private final int killEvery = Integer.getInteger("bench.soak.kill-every", 45);

	private final int drainMinutes = Integer.getInteger("bench.soak.drain-minutes", 8);

	private final long seed = Long.getLong("bench.soak.seed", System.currentTimeMillis());

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final Random random = new Random(this.seed);

	private final Map<String, AtomicInteger> sent = new ConcurrentHashMap<>();

	private final AtomicInteger undelivered = new AtomicInteger();

	private final AtomicInteger privateSequence = new AtomicInteger();

	private final List<String> kills = new ArrayList<>();

	private volatile boolean driving = true;

	@Test
	void exactlyOnceUnderSlackFaultsAndKills() throws Exception {
		Path logDir = Path.of("target", "benchmarks", "chaos-soak-" + this.run).toAbsolutePath();
		Files.createDirectories(logDir);
		MariaDbServer database = MariaDbServer.forTests();
		String url = database.createDatabase("violet_soak_" + this.run,
				!Boolean.getBoolean("bench.soak.keep-database"));
		JdbcTemplate jdbc = new JdbcTemplate(
				new DriverManagerDataSource(url, database.username(), database.password()));
		ChaosSlack slack = new ChaosSlack(this.seed, this.faultRate, Map.of("xoxb-soak-a", "a", "xoxb-soak-b", "b"));
		List<VioletProcess> instances = new ArrayList<>();
		for (String name : List.of("a", "b")) {
			instances.add(new VioletProcess(name, freePort(), freePort(),
					List.of("--violet.slack.bot-token=xoxb-soak-" + name, "--violet.slack.signing-secret=" + SECRET,
							"--violet.slack.api-url=" + slack.apiUrl(), "--violet.admins=" + ADMIN,
							"--violet.incidents-channel=" + ChaosSlack.INCIDENTS_CHANNEL,
							"--violet.initiatives-channel=" + ChaosSlack.INITIATIVES_CHANNEL,
							"--spring.datasource.url=" + url, "--spring.datasource.username=" + database.username(),
							"--spring.datasource.password=" + database.password(), "--logging.level.root=WARN",
							"--logging.level.io.violet.slack.jobs=INFO", "--spring.main.banner-mode=off",
							// the driver is the script the per-person limits stop
							"--violet.limits.incident-declare=1000000", "--violet.limits.training-schedule=1000000",
							// a dead node's unfinished listeners are resubmitted within
							// the drain
							"--violet.events.stale-after=" + System.getProperty("bench.soak.stale-after", "2m"),
							// a job failing transiently again and again is parked within
							// the drain
							"--violet.slack.work.max-backoff=" + System.getProperty("bench.soak.max-backoff", "1m")),
					logDir));
		}
		long started = System.currentTimeMillis();
		try {
			// one at a time on a fresh database: Flyway migrates once
			VioletProcess first = instances.get(0);
			first.start();
			assertThat(first.awaitReady(Duration.ofMinutes(4))).as("instance a started (log in %s)", logDir).isTrue();
			seedDirectory(jdbc);
			VioletProcess second = instances.get(1);
			second.start();
			assertThat(second.awaitReady(Duration.ofMinutes(4))).as("instance b started").isTrue();

			slack.faults(true);
			long soakStart = System.currentTimeMillis();
			long soakEnd = soakStart + Duration.ofMinutes(this.minutes).toMillis();
			ExecutorService drivers = Executors.newFixedThreadPool(3);
			for (int i = 0; i < 2; i++) {
				drivers.submit(() -> drive(instances, jdbc, slack, soakEnd));
			}
			Set<String> handArchived = new LinkedHashSet<>();
			long nextKill = soakStart + nextKillDelay();
			ExecutorService restarts = Executors.newCachedThreadPool();
			while (System.currentTimeMillis() < soakEnd) {
				archiveSomeRoomsByHand(jdbc, slack, handArchived);
				if (System.currentTimeMillis() >= nextKill) {
					List<VioletProcess> up = instances.stream().filter(VioletProcess::alive).toList();
					if (!up.isEmpty()) {
						VioletProcess victim = up.get(this.random.nextInt(up.size()));
						long pid = victim.pid();
						victim.kill();
						long downFor = 1_000 + this.random.nextInt(9_000);
						this.kills.add(String.format(Locale.ROOT, "%4d s: kill -9 %s (pid %d), restarted after %.1f s",
								(System.currentTimeMillis() - soakStart) / 1000, victim.name(), pid, downFor / 1000.0));
						restarts.submit(() -> {
							TimeUnit.MILLISECONDS.sleep(downFor);
							victim.start();
							victim.awaitReady(Duration.ofMinutes(4));
							return null;
						});
					}
					nextKill = System.currentTimeMillis() + nextKillDelay();
				}
				// the chaos loop's pace: wall-clock time is what it schedules by
				TimeUnit.SECONDS.sleep(1);
			}
			this.driving = false;
			drivers.shutdown();
			drivers.awaitTermination(1, TimeUnit.MINUTES);
			restarts.shutdown();
			restarts.awaitTermination(5, TimeUnit.MINUTES);
			slack.faults(false);
			for (VioletProcess instance : instances) {
				if (!instance.alive()) {
					instance.start();
				}
				assertThat(instance.awaitReady(Duration.ofMinutes(4)))
					.as("instance %s up for the drain", instance.name())
					.isTrue();
			}
			long drainStart = System.currentTimeMillis();
			boolean drained = drain(jdbc, Duration.ofMinutes(this.drainMinutes));
			long drainSeconds = (System.currentTimeMillis() - drainStart) / 1000;
			List<String> listed = opsFailed(instances.get(0), slack);

			slack.writeLog(logDir.resolve("slack-calls.jsonl"));
			SoakCheck check = new SoakCheck(slack, jdbc, listed);
			SoakCheck.Result result = check.run();
			String report = report(result, soakEnd - soakStart, drainSeconds, drained, url);
			System.out.println(report);
			Path dir = Path.of("target", "benchmarks");
			Files.writeString(dir.resolve("chaos-soak.md"), report);
			Files.writeString(dir.resolve("chaos-soak-"
					+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".md"),
					report);

			assertThat(result.duplicates()).as("duplicated effects: %s", result.duplicateDetails()).isEmpty();
			assertThat(result.lost()).as("lost effects: %s", result.lostDetails()).isEmpty();
			assertThat(result.leaks()).as("private incidents shown outside their rooms").isEmpty();
			assertThat(result.repeatedAfterRefusal()).as("calls repeated after a permanent refusal beyond the cap")
				.isEmpty();
			assertThat(result.parkedNotListed()).as("parked work missing from /violet ops failed").isEmpty();
		}
		finally {
			for (VioletProcess instance : instances) {
				instance.stop();
			}
			slack.stop();
			System.out.printf("soak finished after %d s; instance logs in %s%n",
					(System.currentTimeMillis() - started) / 1000, logDir);
		}
	}

	private long nextKillDelay() {
		return (long) (1000 * this.killEvery * (0.5 + this.random.nextDouble()));
	}

	/**
	 * Every role: {@link #OWNER} first, a deactivated owner beside it in some, a backup;
	 * a deactivated backup for legal. Straight into the directory's table, before the
	 * second instance starts and before anything is cached.
	 */
	private static void seedDirectory(JdbcTemplate jdbc) {
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < ROLES.size(); i++) {
			String role = ROLES.get(i);
			jdbc.update(
					"INSERT INTO role_member (role_key, user_id, kind, position, added_at) VALUES (?, ?, 'OWNER', 0, ?)",
					role, OWNER, now);
			if (i % 3 == 0) {
				jdbc.update(
						"INSERT INTO role_member (role_key, user_id, kind, position, added_at) VALUES (?, ?, 'OWNER', 1, ?)",
						role, "USOAKGONE1", now);
			}
			jdbc.update(
					"INSERT INTO role_member (role_key, user_id, kind, position, added_at) VALUES (?, ?, 'BACKUP', 2, ?)",
					role, role.equals("legal") ? "USOAKGONE2" : BACKUP, now);
		}
	}

	/** War rooms of every sixth incident are archived by a person half a minute in. */
	private static void archiveSomeRoomsByHand(JdbcTemplate jdbc, ChaosSlack slack, Set<String> done) {
		List<String> rooms = jdbc.queryForList(
				"SELECT channel_id FROM incident WHERE MOD(id, 6) = 0 AND channel_id "
						+ "IS NOT NULL AND declared_at < ?",
				String.class, Timestamp.from(Instant.now().minusSeconds(30)));
		for (String room : rooms) {
			if (done.add(room)) {
				slack.archiveByHand(room);
			}
		}
	}

	/** One driver thread: a request to a live instance at the configured pace. */
	private void drive(List<VioletProcess> instances, JdbcTemplate jdbc, ChaosSlack slack, long until) {
		Random random = new Random(this.seed + Thread.currentThread().getId());
		long pause = (long) (2_000 / this.rate);
		while (this.driving && System.currentTimeMillis() < until) {
			try {
				List<VioletProcess> up = instances.stream().filter(VioletProcess::alive).toList();
				if (!up.isEmpty()) {
					VioletProcess target = up.get(random.nextInt(up.size()));
					act(target, jdbc, slack, random);
				}
				// the driver's pace: requests are spread over wall-clock time
				TimeUnit.MILLISECONDS.sleep((long) (pause * (0.5 + random.nextDouble())));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				System.out.println("driver: " + ex);
			}
		}
	}

	private void act(VioletProcess target, JdbcTemplate jdbc, ChaosSlack slack, Random random) {
		double dice = random.nextDouble();
		if (dice < 0.25) {
			String reporter = "USOAKREP" + random.nextInt(20);
			command(target, slack, reporter,
					"incident declare " + PUBLIC_TYPES.get(random.nextInt(PUBLIC_TYPES.size())) + " sev"
							+ (2 + random.nextInt(3)) + " \"Soak incident "
							+ UUID.randomUUID().toString().substring(0, 6) + "\"",
					"declare public");
		}
		else if (dice < 0.35) {
			String reporter = "USOAKREP" + random.nextInt(20);
			// closed by a letter, so that no marker is the start of another
			String marker = "zqsecret" + this.run + "x" + this.privateSequence.incrementAndGet() + "q";
			slack.secret(marker, reporter);
			command(target, slack, reporter, "incident declare data-leakage sev2 \"Leak " + marker
					+ " of customer records\" --private --personal-data", "declare private");
		}
		else if (dice < 0.50) {
			command(target, slack, "USOAKPM" + random.nextInt(5), "initiative new \"Soak initiative "
					+ UUID.randomUUID().toString().substring(0, 6) + "\" --personal-data --eu --genai",
					"create initiative");
		}
		else if (dice < 0.70) {
			List<Long> open = jdbc.queryForList("SELECT id FROM review WHERE state = 'OPEN' ORDER BY RAND() LIMIT 1",
					Long.class);
			if (!open.isEmpty()) {
				click(target, OWNER, random.nextBoolean() ? "review_approve" : "review_request_changes",
						Long.toString(open.get(0)), ChaosSlack.INITIATIVES_CHANNEL, "decide review");
			}
		}
		else if (dice < 0.90) {
			List<Map<String, Object>> items = jdbc.queryForList("SELECT c.id, i.channel_id, i.reporter FROM "
					+ "incident_checklist_item c JOIN incident i ON i.id = c.incident_id WHERE c.done_by IS NULL AND "
					+ "i.channel_id IS NOT NULL ORDER BY RAND() LIMIT 1");
			if (!items.isEmpty()) {
				Map<String, Object> item = items.get(0);
				tick(target, String.valueOf(item.get("reporter")), String.valueOf(item.get("channel_id")),
						((Number) item.get("id")).longValue());
			}
		}
		else {
			command(target, slack, ADMIN,
					"workshop schedule \"Soak workshop " + UUID.randomUUID().toString().substring(0, 6) + "\" "
							+ LocalDateTime.now()
								.plusDays(20 + random.nextInt(20))
								.format(DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT))
							+ " 10:00 --tz UTC --roles legal,ml-engineer,privacy",
					"schedule workshop");
		}
	}

	private void command(VioletProcess target, ChaosSlack slack, String user, String text, String what) {
		String trigger = "soak." + this.run + "." + UUID.randomUUID();
		String body = "token=legacy&team_id=T0001&team_domain=violet-soak&channel_id=CSOAKGENERAL&channel_name=general"
				+ "&user_id=" + user + "&user_name=soak&command=%2Fviolet&text=" + encode(text) + "&api_app_id=A0001"
				+ "&response_url=" + encode(slack.responseUrl(user, trigger)) + "&trigger_id=" + trigger;
		send(target, body, what);
	}

	private void click(VioletProcess target, String user, String actionId, String value, String channel, String what) {
		JsonObject action = new JsonObject();
		action.addProperty("type", "button");
		action.addProperty("action_id", actionId);
		action.addProperty("block_id", "b1");
		action.addProperty("value", value);
		action.addProperty("action_ts", "1.000002");
		send(target, "payload=" + encode(blockAction(user, channel, action).toString()), what);
	}

	private void tick(VioletProcess target, String user, String channel, long item) {
		JsonObject action = new JsonObject();
		action.addProperty("type", "checkboxes");
		action.addProperty("action_id", "incident_check");
		action.addProperty("block_id", "incident_item_" + item);
		JsonArray selected = new JsonArray();
		JsonObject option = new JsonObject();
		option.addProperty("value", Long.toString(item));
		selected.add(option);
		action.add("selected_options", selected);
		action.addProperty("action_ts", "1.000002");
		send(target, "payload=" + encode(blockAction(user, channel, action).toString()), "tick checklist");
	}

	private JsonObject blockAction(String user, String channel, JsonObject action) {
		JsonObject payload = new JsonObject();
		payload.addProperty("type", "block_actions");
		payload.add("user", idObject(user));
		payload.add("team", idObject("T0001"));
		payload.addProperty("api_app_id", "A0001");
		payload.addProperty("token", "legacy");
		payload.addProperty("trigger_id", "soak." + this.run + "." + UUID.randomUUID());
		payload.addProperty("response_url", "http://127.0.0.1:9/unused");
		payload.add("channel", idObject(channel));
		JsonObject container = new JsonObject();
		container.addProperty("type", "message");
		container.addProperty("channel_id", channel);
		container.addProperty("message_ts", "1.000001");
		payload.add("container", container);
		JsonArray actions = new JsonArray();
		actions.add(action);
		payload.add("actions", actions);
		return payload;
	}

	private static JsonObject idObject(String id) {
		JsonObject object = new JsonObject();
		object.addProperty("id", id);
		return object;
	}

	private String send(VioletProcess target, String body, String what) {
		this.sent.computeIfAbsent(what, (k) -> new AtomicInteger()).incrementAndGet();
		String timestamp = Long.toString(Instant.now().getEpochSecond());
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + target.port() + "/slack/events"))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", Signatures.sign(SECRET, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				this.undelivered.incrementAndGet();
				System.out.printf("driver: %s answered %d to %s: %s%n", target.name(), response.statusCode(), what,
						response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			// the instance died (or is starting): Slack would show the user an error
			this.undelivered.incrementAndGet();
			return "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return "";
		}
	}

	/**
	 * Waits until no work is due or running: no Slack job due, running or being retried,
	 * no unfinished event publication, no training delivery or initiative message
	 * waiting. Jobs set for a later time that never ran (a reminder days ahead) do not
	 * count.
	 * @return whether it drained before the timeout
	 */
	private static boolean drain(JdbcTemplate jdbc, Duration timeout) throws InterruptedException {
		long until = System.nanoTime() + timeout.toNanos();
		int quietPolls = 0;
		while (System.nanoTime() < until) {
			int busy = busy(jdbc);
			quietPolls = (busy == 0) ? quietPolls + 1 : 0;
			if (quietPolls >= 6) {
				return true;
			}
			// polling the database while two other JVMs work
			TimeUnit.SECONDS.sleep(5);
		}
		return false;
	}

	static int busy(JdbcTemplate jdbc) {
		int jobs = count(jdbc, "SELECT COUNT(*) FROM slack_job WHERE state = 'RUNNING' OR (state = 'PENDING' AND "
				+ "(not_before <= ? OR attempts > 0))", Timestamp.from(Instant.now()));
		int publications = count(jdbc, "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL");
		int deliveries = countIfPresent(jdbc,
				"SELECT COUNT(*) FROM training_delivery WHERE status IN ('PENDING', 'SENDING')");
		int messages = countIfPresent(jdbc, "SELECT COUNT(*) FROM initiative_message WHERE posted_at IS NULL");
		return jobs + publications + deliveries + messages;
	}

	private static int count(JdbcTemplate jdbc, String sql, Object... args) {
		Integer n = jdbc.queryForObject(sql, Integer.class, args);
		return (n != null) ? n : 0;
	}

	static int countIfPresent(JdbcTemplate jdbc, String sql) {
		try {
			return count(jdbc, sql);
		}
		catch (RuntimeException ex) {
			// a table another release moved onto the Slack job runner
			return 0;
		}
	}

	/**
	 * What {@code /violet ops failed} lists, every page.
	 * @return the ids ({@code J-12}, {@code E-40})
	 */
	private List<String> opsFailed(VioletProcess instance, ChaosSlack slack) {
		List<String> ids = new ArrayList<>();
		Pattern id = Pattern.compile("\\*([JE]-\\d+)\\*");
		for (int page = 1; page < 1000; page++) {
			String trigger = "soak." + this.run + ".ops." + page;
			String body = "token=legacy&team_id=T0001&team_domain=violet-soak&channel_id=CSOAKGENERAL"
					+ "&channel_name=general&user_id=" + ADMIN + "&user_name=admin&command=%2Fviolet&text="
					+ encode("ops failed --page " + page) + "&api_app_id=A0001&response_url="
					+ encode(slack.responseUrl(ADMIN, trigger)) + "&trigger_id=" + trigger;
			String answer = send(instance, body, "ops failed");
			Matcher m = id.matcher(answer);
			int before = ids.size();
			while (m.find()) {
				ids.add(m.group(1));
			}
			if (ids.size() == before || !answer.contains("ops failed --page " + (page + 1))) {
				break;
			}
		}
		return ids;
	}

	private String report(SoakCheck.Result r, long soakMillis, long drainSeconds, boolean drained, String url) {
		StringBuilder out = new StringBuilder();
		out.append("# Chaos soak\n\n");
		out.append(String.format(Locale.ROOT, "- %s, %d CPUs, load average at the end %.1f; seed %d; database %s%n",
				LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(),
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), this.seed,
				url));
		out.append(String.format(Locale.ROOT,
				"- soak %d s with faults (%.0f%% of calls), driver %.1f requests/s, kill every %d s on average; "
						+ "drain %d s (%s)%n",
				soakMillis / 1000, this.faultRate * 100, this.rate, this.killEvery, drainSeconds,
				drained ? "nothing left due" : "TIMED OUT with work still due"));
		out.append("- requests sent: ")
			.append(this.sent)
			.append(", not answered 200: ")
			.append(this.undelivered)
			.append('\n');
		out.append("- kills: ").append(this.kills.size()).append('\n');
		this.kills.forEach((k) -> out.append("  - ").append(k).append('\n'));
		out.append('\n').append(r.summary());
		return out.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
