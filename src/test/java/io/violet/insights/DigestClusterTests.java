package io.violet.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import java.util.TimeZone;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.VioletApplication;
import io.violet.insights.internal.Digests;
import io.violet.testing.MariaDbServer;
import io.violet.testing.SlackTestSupport;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.AfterEach;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The weekly digest on a cluster: two instances on one database post it once, and a
 * digest missed while every instance was down is posted once on recovery, not once per
 * missed week.
 */
class DigestClusterTests {

	private final SlackStub slack = SlackStub.get();

	private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

	private String database = "";

	private String channel = "";

	@BeforeEach
	void fresh() {
		this.slack.resetToDefaults();
		String id = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.database = "violet_digest_" + id;
		this.channel = "CDIG" + id.toUpperCase(Locale.ROOT);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(SlackStub.answer("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl()
						+ "/upload/digest-{{randomInt lower=100000 upper=999999}}\",\"file_id\":\"FDIGEST\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"chart\"}]}");
	}

	@AfterEach
	void stop() {
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

	private ConfigurableApplicationContext start(String cron) {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(VioletApplication.class).run(
				"--violet.test.database=" + this.database, "--server.port=0", "--management.server.port=0",
				"--violet.slack.bot-token=xoxb-test-token", "--violet.slack.signing-secret=" + SlackTestSupport.SECRET,
				"--violet.slack.api-url=" + this.slack.apiUrl(), "--violet.admins=" + SlackTestSupport.ADMIN,
				"--violet.timezone=UTC", "--violet.insights.digest-channel=" + this.channel,
				"--violet.insights.digest-cron=" + cron,
				"--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000",
				"--spring.quartz.properties.org.quartz.jobStore.clusterCheckinInterval=2000");
		this.contexts.add(context);
		return context;
	}

	private List<Map<String, String>> posts() {
		return this.slack.calls("chat.postMessage", "channel", this.channel);
	}

	private List<Map<String, String>> uploads() {
		return this.slack.calls("files.completeUploadExternal", "channel_id", this.channel);
	}

	/** The digest's summary and its five charts arrived: its last effect. */
	private void awaitOneWholeDigest() {
		await().atMost(Duration.ofSeconds(60)).until(() -> posts().size() >= 1 && uploads().size() >= 5);
		// a second copy would start with a second summary within a few seconds
		await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(8)).until(() -> posts().size() == 1);
		assertThat(posts()).hasSize(1);
		assertThat(posts().get(0).get("text")).contains("Violet weekly insights").contains("What changed");
		assertThat(uploads()).hasSize(5).allSatisfy((u) -> assertThat(u.get("thread_ts")).isNotBlank());
	}

	private JdbcTemplate database() {
		MariaDbServer db = MariaDbServer.forTests();
		return new JdbcTemplate(new DriverManagerDataSource(db.jdbcUrl(this.database), db.username(), db.password()));
	}

	@Test
	void twoInstancesPostTheDigestOnce() throws SchedulerException {
		ConfigurableApplicationContext a = start("0 0 9 ? * MON");
		ConfigurableApplicationContext b = start("0 0 9 ? * MON");
		JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME = ?",
					Integer.class, this.database), (n) -> n == 2);
		// once both are in the cluster, the digest falls due a few seconds from now
		ZonedDateTime at = ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(6);
		TriggerKey key = TriggerKey.triggerKey("insights-digest", "violet-insights");
		a.getBean(Scheduler.class)
			.rescheduleJob(key,
					TriggerBuilder.newTrigger()
						.forJob(JobKey.jobKey("insights-digest", "violet-insights"))
						.withIdentity(key)
						.withSchedule(CronScheduleBuilder
							.cronSchedule(at.getSecond() + " " + at.getMinute() + " " + at.getHour() + " * * ?")
							.inTimeZone(TimeZone.getTimeZone("UTC")))
						.build());

		awaitOneWholeDigest();

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM insights_digest", Integer.class)).isEqualTo(1);
		// the week is taken: firing again on either instance claims nothing
		assertThat(a.getBean(Digests.class).claimThisWeek()).isEmpty();
		assertThat(b.getBean(Digests.class).claimThisWeek()).isEmpty();
		assertThat(posts()).hasSize(1);
	}

	@Test
	void aDigestMissedWhileDownIsPostedOnceOnRecovery() {
		String monday = "0 0 9 ? * MON";
		ConfigurableApplicationContext first = start(monday);
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		await().atMost(Duration.ofSeconds(20))
			.until(() -> jdbc.queryForObject(
					"SELECT COUNT(*) FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'insights-digest'", Integer.class),
					(n) -> n == 1);
		first.close();
		// every instance was down for two Monday mornings
		JdbcTemplate db = database();
		long twoWeeksAgo = Instant.now().minus(Duration.ofDays(15)).toEpochMilli();
		assertThat(db.update("UPDATE QRTZ_TRIGGERS SET NEXT_FIRE_TIME = ? WHERE TRIGGER_NAME = 'insights-digest'",
				twoWeeksAgo))
			.isEqualTo(1);

		start(monday);

		awaitOneWholeDigest();
		assertThat(db.queryForObject("SELECT COUNT(*) FROM insights_digest", Integer.class)).isEqualTo(1);
		// the trigger moved on to the next Monday, without firing for each missed one
		await().atMost(Duration.ofSeconds(10))
			.until(() -> db.queryForObject(
					"SELECT NEXT_FIRE_TIME FROM QRTZ_TRIGGERS WHERE TRIGGER_NAME = 'insights-digest'", Long.class),
					(next) -> next > System.currentTimeMillis());
		assertThat(posts()).hasSize(1);
	}

}
