package io.violet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.violet.VioletApplication;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.Signatures;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Schedules a workshop for many invitees (5,000, or {@code -Dinvitees=n}) through the
 * real {@code /violet workshop schedule} command, against a stand-in Slack that answers
 * every call after 20 ms and allows 10 {@code chat.postMessage} a second workspace-wide
 * (429 with {@code Retry-After: 1} beyond). Reports the time to the first and the last
 * invite, messages sent, 429s, duplicates and peak memory; asserts only that every
 * invitee got exactly one invite.
 * <p>
 * {@code ./mvnw -B -Pbenchmark test -Dtest=WorkshopFanOutBenchmark [-Dinvitees=1000]}
 */
class WorkshopFanOutBenchmark {

	private static final String SECRET = "benchmark-signing-secret";

	private static final String ORGANISER = "UORGANISER";

	private static final int POSTS_PER_SECOND = 10;

	private static final int DELAY_MILLIS = 20;

	private final StandInSlack standIn = new StandInSlack(POSTS_PER_SECOND);

	private final WireMockServer slack = new WireMockServer(WireMockConfiguration.options()
		.dynamicPort()
		.bindAddress("127.0.0.1")
		.containerThreads(32)
		.disableRequestJournal()
		.extensions(this.standIn));

	private ConfigurableApplicationContext violet;

	@AfterEach
	void stop() {
		if (this.violet != null) {
			this.violet.close();
		}
		this.slack.stop();
	}

	@Test
	void fanOut() throws Exception {
		int count = Integer.getInteger("invitees", 5_000);
		this.slack.start();
		this.slack.stubFor(any(anyUrl()).willReturn(ok()));
		// arguments, not default properties: application.yml's ${SLACK_…} entries would
		// win over those
		this.violet = new SpringApplicationBuilder(VioletApplication.class).run(
				"--violet.slack.bot-token=xoxb-benchmark", "--violet.slack.signing-secret=" + SECRET,
				"--violet.slack.api-url=" + this.slack.baseUrl() + "/api/", "--violet.admins=" + ORGANISER,
				"--server.port=0", "--management.server.port=0", "--logging.level.root=WARN",
				"--violet.limits.training-schedule=1000000");
		List<String> invitees = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			invitees.add(String.format(Locale.ROOT, "UB%07d", i));
		}
		// straight into the directory's table: assigning through Directory publishes an
		// event per person (App Home refresh, due trainings), thousands of them, which
		// would keep the machine busy long before and during the measurement
		JdbcTemplate jdbc = this.violet.getBean(JdbcTemplate.class);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			rows.add(new Object[] { Role.ML_ENGINEER.key(), invitees.get(i), i, now });
		}
		jdbc.batchUpdate(
				"INSERT INTO role_member (role_key, user_id, kind, position, added_at) VALUES (?, ?, 'OWNER', ?, ?)",
				rows);
		assertThat(this.violet.getBean(Directory.class).holders(Role.ML_ENGINEER).owners()).hasSize(count);
		this.standIn.reset();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

		String when = LocalDateTime.now(ZoneOffset.UTC)
			.plusDays(3)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
		long start = System.nanoTime();
		HttpResponse<String> answer = command(
				"workshop schedule \"Fan-out benchmark\" " + when + " --tz UTC --roles ml-engineer");
		long answeredNanos = System.nanoTime() - start;
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("S-");

		List<String> channels = invitees.stream().map((u) -> "D" + u).toList();
		AtomicLong lastReport = new AtomicLong(System.nanoTime());
		await().atMost(Duration.ofSeconds(120 + 3L * count / POSTS_PER_SECOND))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> {
				long reached = channels.stream().filter(this.standIn.firstPostAt::containsKey).count();
				if (System.nanoTime() - lastReport.get() > Duration.ofSeconds(30).toNanos()) {
					lastReport.set(System.nanoTime());
					System.out.printf(Locale.ROOT, "fan-out: %d of %d invited after %d s, %d 429s%n", reached, count,
							Duration.ofNanos(System.nanoTime() - start).toSeconds(), this.standIn.rateLimited.get());
				}
				return reached == count;
			});
		// nothing more arrives afterwards
		await().during(Duration.ofSeconds(5))
			.atMost(Duration.ofSeconds(30))
			.until(() -> this.standIn.posts.get(), (n) -> n == count + 1);

		long first = channels.stream().mapToLong(this.standIn.firstPostAt::get).min().orElseThrow() - start;
		long last = channels.stream().mapToLong(this.standIn.firstPostAt::get).max().orElseThrow() - start;
		int duplicates = this.standIn.postsByChannel.values().stream().mapToInt((n) -> n.get() - 1).sum();
		long heapPeak = ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum();
		Map<String, Integer> invites = jdbc
			.query("SELECT status, COUNT(*) FROM training_delivery WHERE kind = 'INVITE' GROUP BY status",
					(rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

		System.out.printf(Locale.ROOT, """

				Workshop fan-out: %d invitees, stand-in Slack %d ms per call, %d chat.postMessage/s workspace-wide
				  command answered in        %d ms
				  first invite after         %.1f s
				  last invite after          %.1f s (%.1f invites/s)
				  chat.postMessage accepted  %d (%d invites + 1 organiser tracker)
				  429s received              %d
				  duplicates                 %d
				  invite rows                %s
				  heap peak (sum of pools)   %d MB
				  resident peak (VmHWM)      %s
				%n""", count, DELAY_MILLIS, POSTS_PER_SECOND, Duration.ofNanos(answeredNanos).toMillis(), first / 1e9,
				last / 1e9, count / (last / 1e9), this.standIn.posts.get(), count, this.standIn.rateLimited.get(),
				duplicates, invites, heapPeak / (1024 * 1024), residentPeak());

		assertThat(duplicates).isZero();
		assertThat(channels).allSatisfy((c) -> assertThat(this.standIn.postsByChannel.get(c)).hasValue(1));
		assertThat(invites).containsExactly(Map.entry("SENT", count));
	}

	private HttpResponse<String> command(String text) throws IOException, InterruptedException {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("team_id", "T0001");
		form.put("channel_id", "CGENERAL");
		form.put("user_id", ORGANISER);
		form.put("command", "/violet");
		form.put("text", text);
		form.put("api_app_id", "A0001");
		form.put("response_url", this.slack.baseUrl() + "/respond/benchmark");
		form.put("trigger_id", "trigger-benchmark");
		String body = form.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String timestamp = Long.toString(System.currentTimeMillis() / 1000);
		String port = this.violet.getEnvironment().getProperty("local.server.port");
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.timeout(Duration.ofMinutes(2))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("X-Slack-Request-Timestamp", timestamp)
			.header("X-Slack-Signature", Signatures.sign(SECRET, timestamp, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static String residentPeak() {
		try {
			return Files.readAllLines(Path.of("/proc/self/status"))
				.stream()
				.filter((line) -> line.startsWith("VmHWM:"))
				.map((line) -> line.substring("VmHWM:".length()).trim())
				.findFirst()
				.orElse("n/a");
		}
		catch (IOException ex) {
			return "n/a";
		}
	}

	/**
	 * Slack as the benchmark sees it: every answer 20 ms late, a workspace-wide token
	 * bucket for {@code chat.postMessage}, and a count of messages per channel.
	 */
	static final class StandInSlack implements ResponseDefinitionTransformerV2 {

		final Map<String, AtomicInteger> postsByChannel = new ConcurrentHashMap<>();

		final Map<String, Long> firstPostAt = new ConcurrentHashMap<>();

		final AtomicInteger posts = new AtomicInteger();

		final AtomicInteger rateLimited = new AtomicInteger();

		private final AtomicLong sequence = new AtomicLong();

		private final int perSecond;

		private double tokens;

		private long refilledAt = System.nanoTime();

		StandInSlack(int perSecond) {
			this.perSecond = perSecond;
			this.tokens = perSecond;
		}

		void reset() {
			this.postsByChannel.clear();
			this.firstPostAt.clear();
			this.posts.set(0);
			this.rateLimited.set(0);
		}

		@Override
		public String getName() {
			return "stand-in-slack";
		}

		@Override
		public ResponseDefinition transform(ServeEvent serveEvent) {
			String url = serveEvent.getRequest().getUrl();
			if (!url.startsWith("/api/")) {
				return answer(200, "ok");
			}
			Map<String, String> form = SlackStub.form(serveEvent.getRequest().getBodyAsString());
			return switch (url.substring("/api/".length())) {
				case "chat.postMessage" -> post(form.getOrDefault("channel", ""));
				case "conversations.open" ->
					answer(200, "{\"ok\":true,\"channel\":{\"id\":\"D" + form.getOrDefault("users", "") + "\"}}");
				case "auth.test" -> answer(200, "{\"ok\":true,\"url\":\"https://violet-benchmark.slack.com/\","
						+ "\"team_id\":\"T0001\",\"user_id\":\"UBOT\",\"bot_id\":\"BBOT\"}");
				case "users.info" -> answer(200, "{\"ok\":true,\"user\":{\"id\":\"" + form.getOrDefault("user", "")
						+ "\",\"tz\":\"UTC\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,\"is_bot\":false}}");
				case "chat.update" -> answer(200, "{\"ok\":true,\"channel\":\"" + form.getOrDefault("channel", "")
						+ "\",\"ts\":\"" + form.getOrDefault("ts", "") + "\"}");
				default -> answer(200, "{\"ok\":true}");
			};
		}

		private ResponseDefinition post(String channel) {
			if (!take()) {
				this.rateLimited.incrementAndGet();
				return ResponseDefinitionBuilder.responseDefinition()
					.withStatus(429)
					.withHeader("Retry-After", "1")
					.withHeader("Content-Type", "application/json")
					.withBody("{\"ok\":false,\"error\":\"ratelimited\"}")
					.withFixedDelay(DELAY_MILLIS)
					.build();
			}
			this.posts.incrementAndGet();
			this.postsByChannel.computeIfAbsent(channel, (c) -> new AtomicInteger()).incrementAndGet();
			this.firstPostAt.putIfAbsent(channel, System.nanoTime());
			long n = this.sequence.incrementAndGet();
			return answer(200, String.format(Locale.ROOT, "{\"ok\":true,\"channel\":\"%s\",\"ts\":\"%d.%06d\"}",
					channel, 1_800_000_000L + n / 1_000_000, n % 1_000_000));
		}

		private synchronized boolean take() {
			long now = System.nanoTime();
			this.tokens = Math.min(this.perSecond, this.tokens + (now - this.refilledAt) * this.perSecond / 1e9);
			this.refilledAt = now;
			if (this.tokens < 1) {
				return false;
			}
			this.tokens -= 1;
			return true;
		}

		private static ResponseDefinition answer(int status, String body) {
			return ResponseDefinitionBuilder.responseDefinition()
				.withStatus(status)
				.withHeader("Content-Type", "application/json")
				.withBody(body)
				.withFixedDelay(DELAY_MILLIS)
				.build();
		}

	}

}
