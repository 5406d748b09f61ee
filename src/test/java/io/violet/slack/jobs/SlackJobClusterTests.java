package io.violet.slack.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.violet.VioletApplication;
import io.violet.slack.SlackJobStatus;
import io.violet.slack.SlackJobs;
import io.violet.testing.SlackTestSupport;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances on one database: a node that stops checking in with the Quartz cluster
 * (as a killed one does) loses its running job to the other within 30 s, and the other
 * does only what the first had not done.
 */
class SlackJobClusterTests {

	private final SlackStub slack = SlackStub.get();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private String database = "";

	@BeforeEach
	void fresh() {
		this.slack.resetToDefaults();
		this.database = "violet_jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@AfterEach
	void stop() {
		TestWork.GATES.values().forEach(java.util.concurrent.CountDownLatch::countDown);
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

	private ConfigurableApplicationContext start(String node) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VioletApplication.class, TestWork.class)
			.run("--violet.test.database=" + this.database, "--server.port=0", "--management.server.port=0",
					"--violet.slack.bot-token=xoxb-test-token",
					"--violet.slack.signing-secret=" + SlackTestSupport.SECRET,
					"--violet.slack.api-url=" + this.slack.apiUrl(), "--violet.admins=" + SlackTestSupport.ADMIN,
					"--test.node=" + node, "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
					"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=5000");
		this.contexts.add(context);
		return context;
	}

	private List<Map<String, String>> posts(String subject) {
		return this.slack.calls("chat.postMessage", "channel", "C" + subject);
	}

	@Test
	void aNodeThatStopsCheckingInLosesItsRunningJobToAnotherWithin30Seconds() throws Exception {
		ConfigurableApplicationContext a = start("a");
		ConfigurableApplicationContext b = start("b");
		JdbcTemplate jdbc = b.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
					Integer.class, this.database), (n) -> n == 2);
		String subject = "CLU" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		String key = "test.slow:" + subject;

		// a starts the job, makes its first effect, and then hangs
		a.getBean(SlackJobs.class).submit("test.slow", key, subject);
		await().atMost(Duration.ofSeconds(30)).until(() -> posts(subject).size() == 1);
		assertThat(TestWork.RUNS).filteredOn((r) -> r.endsWith(subject)).containsExactly("a test.slow " + subject);
		String nodeA = a.getBean(Scheduler.class).getSchedulerInstanceId();
		assertThat(jdbc.queryForObject("SELECT claimed_by FROM slack_job WHERE job_key = ?", String.class, key))
			.isEqualTo(nodeA);

		// while a checks in, b leaves the job alone however long it runs
		await().during(Duration.ofSeconds(12))
			.atMost(Duration.ofSeconds(15))
			.until(() -> TestWork.RUNS.stream().filter((r) -> r.endsWith(subject)).count() == 1);

		// a's scheduler stops checking in, as a killed node's does; its run hangs on
		Instant stopped = Instant.now();
		a.getBean(Scheduler.class).shutdown(false);
		TestWork.GATES.put(subject, new java.util.concurrent.CountDownLatch(0));
		await().atMost(Duration.ofSeconds(40))
			.until(() -> b.getBean(SlackJobs.class)
				.find(key)
				.map((j) -> j.state() == SlackJobStatus.State.DONE)
				.orElse(false));
		Duration resumed = Duration.between(stopped, Instant.now());
		System.out.printf("%n  a stopped checking in; b finished its job %d ms later%n%n", resumed.toMillis());
		assertThat(resumed).isLessThan(Duration.ofSeconds(30));
		assertThat(TestWork.RUNS).filteredOn((r) -> r.endsWith(subject))
			.containsExactly("a test.slow " + subject, "b test.slow " + subject);
		assertThat(posts(subject)).extracting((c) -> c.get("text"))
			.as("b answered the first effect from its record")
			.containsExactly("before the wait of " + subject, "after the wait of " + subject);
		assertThat(b.getBean(SlackJobs.class).find(key).orElseThrow().lastError()).isNull();
	}

}
