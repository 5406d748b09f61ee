package io.violet.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import io.violet.VioletApplication;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.incident.Drills;
import io.violet.testing.SlackTestSupport;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one database: Quartz fires each reminder and opens each
 * drill exactly once, and a fan-out interrupted by a restart resumes without a second
 * copy.
 */
class ClusterTests {

	static final List<Call> DRILL_CALLS = new CopyOnWriteArrayList<>();

	private final SlackStub slack = SlackStub.get();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private String database = "";

	@BeforeEach
	void fresh() {
		this.slack.resetToDefaults();
		DRILL_CALLS.clear();
		this.database = "violet_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@AfterEach
	void stop() {
		// newest first, each on its own: one failing to close must not leave the others
		// running into the next test
		for (int i = this.contexts.size() - 1; i >= 0; i--) {
			try {
				this.contexts.get(i).close();
			}
			catch (RuntimeException ex) {
				// the others still close
			}
		}
		this.contexts.clear();
	}

	private ConfigurableApplicationContext start() {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VioletApplication.class,
				RecordingDrills.class)
			.run("--violet.test.database=" + this.database, "--server.port=0", "--management.server.port=0",
					"--violet.slack.bot-token=xoxb-test-token",
					"--violet.slack.signing-secret=" + SlackTestSupport.SECRET,
					"--violet.slack.api-url=" + this.slack.apiUrl(), "--violet.admins=" + SlackTestSupport.ADMIN,
					"--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
					"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
		this.contexts.add(context);
		return context;
	}

	/**
	 * Waits until the instances have checked in with the cluster, so that any of them
	 * could fire what comes next.
	 * @param context one of them
	 * @param members how many instances
	 */
	private void awaitClusterOf(ConfigurableApplicationContext context, int members) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
					Integer.class, this.database), (n) -> n == members);
	}

	private List<Map<String, String>> postsTo(String user) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> ("D" + user).equals(c.get("channel")))
			.toList();
	}

	private static String uid(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
	}

	@Test
	void twoInstancesOpenEachDrillOnceAtItsTime() {
		ConfigurableApplicationContext a = start();
		ConfigurableApplicationContext b = start();
		awaitClusterOf(a, 2);
		String commander = uid("UC");
		a.getBean(Directory.class).assign(Role.INCIDENT_COMMANDER, List.of(commander), false, SlackTestSupport.ADMIN);
		LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusSeconds(5).truncatedTo(ChronoUnit.SECONDS);
		Session drill = a.getBean(TrainingSessions.class)
			.schedule(new SessionPlan(SessionKind.DRILL, "ir-drill", "Incident-response drill: data-leakage", at,
					ZoneOffset.UTC, null, List.of(Role.INCIDENT_COMMANDER), false, false, List.of(), "data-leakage",
					commander))
			.session();
		assertThat(drill).isNotNull();

		await().atMost(Duration.ofSeconds(40)).until(() -> DRILL_CALLS.size() >= 1);
		await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6)).until(() -> DRILL_CALLS.size() == 1);
		Call call = DRILL_CALLS.get(0);
		assertThat(call.request()).isEqualTo(
				new Drills.DrillRequest(drill.key(), "data-leakage", commander, List.of(commander), drill.startsAt()));
		assertThat(call.at()).isAfterOrEqualTo(drill.startsAt()).isBefore(drill.startsAt().plusSeconds(15));
		for (ConfigurableApplicationContext context : List.of(a, b)) {
			assertThat(context.getBean(TrainingSessions.class).find(drill.id()).orElseThrow().status())
				.isEqualTo(SessionStatus.DRILL_OPENED);
		}
	}

	@Test
	void twoInstancesSendEachReminderOnce() {
		ConfigurableApplicationContext a = start();
		start();
		awaitClusterOf(a, 2);
		String organiser = uid("UO");
		String x = uid("UX");
		String y = uid("UY");
		// the 24-hour reminder falls due a few seconds from now
		LocalDateTime at = LocalDateTime.now(ZoneOffset.UTC).plusHours(24).plusSeconds(5);
		Session session = a.getBean(TrainingSessions.class)
			.schedule(new SessionPlan(SessionKind.WORKSHOP, null, "Cluster workshop", at, ZoneOffset.UTC, null,
					List.of(), false, false, List.of(x, y), null, organiser))
			.session();
		assertThat(session).isNotNull();
		await().atMost(Duration.ofSeconds(40))
			.until(() -> postsTo(x).stream().anyMatch((c) -> c.get("text").contains("Reminder"))
					&& postsTo(y).stream().anyMatch((c) -> c.get("text").contains("Reminder")));
		await().during(Duration.ofSeconds(4))
			.atMost(Duration.ofSeconds(6))
			.until(() -> postsTo(x).size() == 2 && postsTo(y).size() == 2);
		assertThat(postsTo(x)).filteredOn((c) -> c.get("text").contains("Reminder")).hasSize(1);
		assertThat(postsTo(y)).filteredOn((c) -> c.get("text").contains("Reminder")).hasSize(1);
		assertThat(a.getBean(JdbcTemplate.class)
			.queryForList("SELECT user_id FROM training_delivery WHERE session_id = ? AND kind = 'REMINDER_24H'",
					String.class, session.id()))
			.containsExactlyInAnyOrder(x, y);
	}

	@Test
	void aRestartMidFanOutResumesWithoutSecondCopies() {
		// Slack answers slowly, so the fan-out is still running when the instance stops
		this.slack.server()
			.stubFor(post(urlEqualTo("/api/chat.postMessage")).atPriority(40)
				.willReturn(SlackStub
					.answer("{\"ok\":true,\"channel\":\"{{formData request.body 'f'}}{{f.channel}}\","
							+ "\"ts\":\"{{now epoch}}.{{randomInt lower=100000 upper=999999}}\"}")
					.withFixedDelay(100)));
		ConfigurableApplicationContext a = start();
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			people.add(uid("UR"));
		}
		Session session = a.getBean(TrainingSessions.class)
			.schedule(new SessionPlan(SessionKind.WORKSHOP, null, "Restart workshop",
					LocalDateTime.now(ZoneOffset.UTC).plusDays(3), ZoneOffset.UTC, null, List.of(), false, false,
					people, null, uid("UO")))
			.session();
		assertThat(session).isNotNull();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> people.stream().filter((p) -> !postsTo(p).isEmpty()).count() >= 8);
		a.close();
		long sentBeforeRestart = people.stream().filter((p) -> !postsTo(p).isEmpty()).count();
		assertThat(sentBeforeRestart).isLessThan(40);

		// one message was being posted when the node died: Slack has it, the row does not
		io.violet.testing.MariaDbServer db = io.violet.testing.MariaDbServer.forTests();
		JdbcTemplate jdbc = new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
				db.jdbcUrl(this.database), db.username(), db.password()));
		Map<String, Object> interrupted = jdbc.queryForMap(
				"SELECT id, user_id FROM training_delivery WHERE session_id = ? AND kind = 'INVITE' AND status = 'PENDING' ORDER BY id LIMIT 1",
				session.id());
		String victim = (String) interrupted.get("user_id");
		jdbc.update("UPDATE training_delivery SET status = 'SENDING', channel_id = ?, claimed_at = ? WHERE id = ?",
				"D" + victim, java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(10))),
				interrupted.get("id"));
		this.slack.stub("conversations.history",
				"{\"ok\":true,\"messages\":[{\"type\":\"message\",\"ts\":\"1700000000.000042\",\"text\":\"invite\","
						+ "\"metadata\":{\"event_type\":\"violet_training_delivery\",\"event_payload\":{\"delivery\":\""
						+ interrupted.get("id") + "\"}}}]}");

		start();
		await().atMost(Duration.ofSeconds(60))
			.until(() -> people.stream().filter((p) -> !p.equals(victim)).allMatch((p) -> !postsTo(p).isEmpty()));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> "SENT".equals(jdbc.queryForObject("SELECT status FROM training_delivery WHERE id = ?",
					String.class, interrupted.get("id"))));
		for (String person : people) {
			assertThat(postsTo(person)).as("invites to " + person).hasSize(person.equals(victim) ? 0 : 1);
		}
		assertThat(jdbc.queryForObject("SELECT message_ts FROM training_delivery WHERE id = ?", String.class,
				interrupted.get("id")))
			.isEqualTo("1700000000.000042");
	}

	/**
	 * Who called {@link Drills#open}, and when.
	 *
	 * @param request the request
	 * @param at when
	 */
	record Call(Drills.DrillRequest request, Instant at) {

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordingDrills {

		// stands in for the incident module's own Drills, which would otherwise be chosen
		@Bean
		@org.springframework.context.annotation.Primary
		Drills recordingDrills() {
			return (request) -> {
				DRILL_CALLS.add(new Call(request, Instant.now()));
				return new Drills.DrillRoom(DRILL_CALLS.size(), "CDRILL" + DRILL_CALLS.size());
			};
		}

	}

}
