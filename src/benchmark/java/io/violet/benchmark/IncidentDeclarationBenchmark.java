package io.violet.benchmark;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.sun.management.HotSpotDiagnosticMXBean;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.testing.SlackTestSupport;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Declares 100 incidents at once against a Slack stand-in that answers every call in 50
 * ms without rate limits, to measure Violet's own overhead: time from the report to the
 * pinned checklist, Web API calls per incident, and one channel per incident. Unmeasured
 * rounds first ({@code bench.warmup-rounds}, 8 by default) warm the JVM up, as a bot that
 * has been running for a while is; after each the compiler may finish its queue.
 */
class IncidentDeclarationBenchmark extends SlackTestSupport {

	private static final int INCIDENTS = 100;

	private static final int WARM_UP_ROUNDS = Integer.getInteger("bench.warmup-rounds", 8);

	private static final Pattern LABEL = Pattern.compile("AI incident \\*#(\\d+)\\*");

	@Autowired
	Directory directory;

	@Autowired
	IncidentQueries queries;

	@Autowired
	JdbcTemplate jdbc;

	private volatile long lastAnswered;

	@AfterEach
	void noDelay() {
		this.slack.server().setGlobalFixedDelay(0);
	}

	@Test
	void declareOneHundredIncidentsConcurrently() throws Exception {
		this.directory.assign(Role.INCIDENT_COMMANDER, List.of("UBENCHCMD"), false, ADMIN);
		this.directory.assign(Role.SECURITY_ARCHITECT, List.of("UBENCHSEC"), false, ADMIN);
		this.slack.stub("conversations.create",
				"{\"ok\":true,\"channel\":{\"id\":\"C{{randomValue length=12 type='ALPHANUMERIC' uppercase=true}}\"}}");
		this.slack.server().setGlobalFixedDelay(50);
		// rounds that are not measured let the JIT compile the paths a running bot has
		// long compiled
		ExecutorService reporters = Executors.newFixedThreadPool(INCIDENTS);
		for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
			long warmUp = System.currentTimeMillis();
			long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			declareConcurrently(reporters, "UWARM" + round + "X");
			System.out.printf("%n  warm-up round %d: %d incidents set up in %d ms (JIT %d ms)%n", round, INCIDENTS,
					System.currentTimeMillis() - warmUp,
					ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compiling);
			// a running bot has pauses between bursts, in which the compiler catches up
			awaitCompilerQuiet();
		}
		this.slack.server().resetRequests();

		long gcBefore = gcMillis();
		long compileBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
		MachineLoad machineBefore = MachineLoad.now("");
		ThreadCpu threadsBefore = ThreadCpu.now();
		Map<String, Long> databaseBefore = databaseCounters();
		Map<Long, Long> reportedAt = declareConcurrently(reporters, "UBENCH");
		Map<String, Long> databaseAfter = databaseCounters();
		MachineLoad machineAfter = MachineLoad.now("");
		Map<String, Long> threadMillis = ThreadCpu.now().millisSince(threadsBefore);
		System.out.printf("  GC %d ms, JIT %d ms during the round%n", gcMillis() - gcBefore,
				ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileBefore);
		reporters.shutdown();
		Map<String, Long> channelOf = new HashMap<>();
		for (long id : reportedAt.keySet()) {
			Incident incident = this.queries.byId(id).orElseThrow();
			channelOf.put(incident.channelId().orElseThrow(), id);
		}
		assertThat(channelOf).hasSize(INCIDENTS);

		List<LoggedRequest> requests = this.slack.server().findAll(anyRequestedFor(urlPathMatching("/api/.*")));
		Map<Long, Integer> callsPerIncident = new HashMap<>();
		Map<Long, Integer> createsPerIncident = new HashMap<>();
		List<Long> toPinned = new ArrayList<>();
		int announcements = 0;
		for (LoggedRequest request : requests) {
			String method = request.getUrl().substring("/api/".length());
			Map<String, String> form = SlackStub.form(request.getBodyAsString());
			Long id = null;
			if (method.equals("conversations.create")) {
				id = idFromName(form.get("name"));
				createsPerIncident.merge(id, 1, Integer::sum);
			}
			else if (INCIDENTS_CHANNEL.equals(form.get("channel"))) {
				announcements++;
				id = idFromText(form.get("text"));
			}
			else if (form.get("channel") != null) {
				id = channelOf.get(form.get("channel"));
			}
			if (id != null) {
				callsPerIncident.merge(id, 1, Integer::sum);
			}
			if (method.equals("pins.add") && id != null) {
				Date logged = request.getLoggedDate();
				toPinned.add(logged.getTime() + 50 - reportedAt.get(id));
			}
		}
		toPinned.sort(Long::compare);
		long t0 = reportedAt.values().stream().mapToLong(Long::longValue).min().orElse(0);
		List<Long> creates = requests.stream()
			.filter((r) -> r.getUrl().endsWith("conversations.create"))
			.map((r) -> r.getLoggedDate().getTime() - t0)
			.sorted()
			.toList();
		System.out.printf("  all commands answered after %d ms; creates from %d to %d ms%n", this.lastAnswered - t0,
				creates.get(0), creates.get(creates.size() - 1));
		List<long[]> spans = this.slack.server()
			.getAllServeEvents()
			.stream()
			.filter((e) -> e.getRequest().getUrl().startsWith("/api/"))
			.map((e) -> new long[] { e.getRequest().getLoggedDate().getTime(),
					e.getRequest().getLoggedDate().getTime() + e.getTiming().getTotalTime() })
			.toList();
		int peak = 0;
		for (long[] span : spans) {
			int overlapping = (int) spans.stream().filter((o) -> o[0] <= span[0] && o[1] > span[0]).count();
			peak = Math.max(peak, overlapping);
		}
		double meanServe = spans.stream().mapToLong((o) -> o[1] - o[0]).average().orElse(0);
		System.out.printf("  Slack calls in flight at once: up to %d; mean time in the stand-in %.0f ms%n", peak,
				meanServe);
		double callsAverage = callsPerIncident.values().stream().mapToInt(Integer::intValue).average().orElse(0);
		long p50 = toPinned.get((int) Math.ceil(0.50 * toPinned.size()) - 1);
		long p99 = toPinned.get((int) Math.ceil(0.99 * toPinned.size()) - 1);
		System.out.printf("%nIncident declaration benchmark (%d concurrent, Slack answers in 50 ms)%n", INCIDENTS);
		System.out.printf("  report → pinned checklist: p50 %d ms, p99 %d ms, max %d ms%n", p50, p99,
				toPinned.get(toPinned.size() - 1));
		System.out.printf("  Web API calls per incident: %.2f (min %d, max %d); all calls: %d%n", callsAverage,
				callsPerIncident.values().stream().mapToInt(Integer::intValue).min().orElse(0),
				callsPerIncident.values().stream().mapToInt(Integer::intValue).max().orElse(0), requests.size());
		System.out.printf(
				"  channels: %d for %d incidents; conversations.create per incident: max %d; announcements %d%n%n",
				channelOf.size(), INCIDENTS,
				createsPerIncident.values().stream().mapToInt(Integer::intValue).max().orElse(0), announcements);

		assertThat(toPinned).hasSize(INCIDENTS);
		assertThat(createsPerIncident).hasSize(INCIDENTS).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
		// create, topic, purpose, invite, checklist, pin, announcement
		assertThat(callsPerIncident.values()).allSatisfy((n) -> assertThat(n).isEqualTo(7));
		// the p99 target (under 2 s) is reported rather than asserted: on a shared
		// machine the
		// figure measures the neighbours as much as Violet
		printCpu(machineBefore, machineAfter, threadMillis);
		System.out.printf("  database per incident: %.1f statements, %.1f commits%n",
				(databaseAfter.get("Questions") - databaseBefore.get("Questions")) / (double) INCIDENTS,
				(databaseAfter.get("Com_commit") - databaseBefore.get("Com_commit")) / (double) INCIDENTS);
		System.out.printf("  JIT: %s%n", jitMode());
		System.out.printf("  target p99 < 2000 ms: %s (load average %.1f on %d cores)%n%n",
				(p99 < 2000) ? "met" : "NOT met", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
				Runtime.getRuntime().availableProcessors());
	}

	/**
	 * Sends one declaration per reporter at once and waits until every war room is set
	 * up.
	 * @param reporters one thread per reporter
	 * @param reporterPrefix makes this round's reporters unique
	 * @return when each incident was reported, by id
	 */
	private Map<Long, Long> declareConcurrently(ExecutorService reporters, String reporterPrefix) throws Exception {
		Map<Long, Long> reportedAt = new ConcurrentHashMap<>();
		List<Future<?>> sent = new ArrayList<>();
		for (int i = 0; i < INCIDENTS; i++) {
			String user = reporterPrefix + i;
			String title = "Benchmark incident " + i;
			sent.add(reporters.submit(() -> {
				long start = System.currentTimeMillis();
				Answer answer = command(user, "incident declare prompt-injection sev3 \"" + title + "\"");
				Matcher m = LABEL.matcher(answer.text());
				assertThat(m.find()).as(answer.text()).isTrue();
				reportedAt.put(Long.parseLong(m.group(1)), start);
			}));
		}
		for (Future<?> f : sent) {
			f.get();
		}
		this.lastAnswered = System.currentTimeMillis();
		String ids = reportedAt.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
		// one cheap query per poll, so that waiting costs the machine next to nothing
		await().atMost(Duration.ofMinutes(3))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.jdbc.queryForObject(
					"SELECT COUNT(*) FROM incident WHERE setup_step = 'DONE' AND id IN (" + ids + ")",
					Integer.class) == INCIDENTS);
		return reportedAt;
	}

	private static void awaitCompilerQuiet() {
		long[] last = { ManagementFactory.getCompilationMXBean().getTotalCompilationTime() };
		await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
			long now = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
			boolean quiet = now - last[0] < 20;
			last[0] = now;
			return quiet;
		});
	}

	/** MariaDB's counters of statements and commits, server-wide. */
	private Map<String, Long> databaseCounters() {
		Map<String, Long> counters = new HashMap<>();
		this.jdbc.query("SHOW GLOBAL STATUS WHERE Variable_name IN ('Questions', 'Com_commit')",
				(RowCallbackHandler) (rs) -> counters.put(rs.getString(1), Long.parseLong(rs.getString(2))));
		return counters;
	}

	private static String jitMode() {
		String level = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
			.getVMOption("TieredStopAtLevel")
			.getValue();
		return "1".equals(level) ? "C1 only (-XX:TieredStopAtLevel=1, as the image ships)"
				: "tiered C1 + C2 (the JVM's default)";
	}

	private static long gcMillis() {
		return ManagementFactory.getGarbageCollectorMXBeans()
			.stream()
			.mapToLong(GarbageCollectorMXBean::getCollectionTime)
			.sum();
	}

	/** Where the cores' time went during the measured round. */
	private static void printCpu(MachineLoad before, MachineLoad after, Map<String, Long> threadMillis) {
		double seconds = (after.nanoTime() - before.nanoTime()) / 1e9;
		System.out.printf("  CPU during the round (%.1f s): machine %d ms, this JVM %d ms, MariaDB %d ms%n", seconds,
				(after.machineBusyTicks() - before.machineBusyTicks()) * 10,
				(after.jvmTicks() - before.jvmTicks()) * 10, (after.mariaDbTicks() - before.mariaDbTicks()) * 10);
		if (ThreadCpu.supported()) {
			System.out.print("  JVM threads by kind (ms):");
			threadMillis.entrySet()
				.stream()
				.filter((e) -> e.getValue() >= 10)
				.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
				.forEach((e) -> System.out.printf(" %s %d;", e.getKey(), e.getValue()));
			System.out.println();
		}
	}

	private static Long idFromName(String name) {
		Matcher m = Pattern.compile("ai-inc-\\d{8}-(\\d+)-.*").matcher(name);
		return m.matches() ? Long.valueOf(m.group(1)) : null;
	}

	private static Long idFromText(String text) {
		Matcher m = Pattern.compile("AI incident #(\\d+)\\*").matcher(text);
		return m.find() ? Long.valueOf(m.group(1)) : null;
	}

}
