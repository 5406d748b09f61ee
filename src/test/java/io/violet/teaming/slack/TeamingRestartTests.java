package io.violet.teaming.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonObject;
import io.violet.VioletApplication;
import io.violet.directory.Role;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Teaming;
import io.violet.teaming.internal.LensForm;
import io.violet.teaming.internal.LensSheet;
import io.violet.teaming.internal.Question;
import io.violet.teaming.internal.SessionReader;
import io.violet.testing.MutableClock;
import io.violet.testing.Signatures;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers saved as a draft on one node survive a restart: the participant finishes the
 * lens on a node started afterwards on the same database, and the concern from the draft
 * becomes a finding there.
 */
class TeamingRestartTests extends TeamingTestSupport {

	@Autowired
	Environment environment;

	@Autowired
	Teaming teaming;

	@Test
	void aDraftSavedBeforeARestartIsFinishedAfterIt() {
		vacateLensRoles();
		String owner = user("OWNER");
		String privacy = user("PRIV");
		own(Role.PRIVACY, privacy);
		String key = create(owner, "\"Claims triage\" --personal-data --affects-people");
		awaitThread(key);
		command(owner, "teaming start " + key);
		long id = session(key).id();
		LensForm form = form(id, Lens.PRIVACY);
		Question first = form.open().get(0);
		Answer draft = submit(privacy, LensModal.CALLBACK_ID, id + "|privacy|0", answers(List.of(first),
				(q) -> new String[] { "CONCERN", "high", "Claim notes name third parties who never consented" }));
		assertThat(draft.body()).contains("Saved as a draft");

		try (ConfigurableApplicationContext restarted = startAnotherNode()) {
			restarted.getBean(MutableClock.class).set(this.clock.instant());
			int port = restarted.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
			LensForm again = restarted.getBean(SessionReader.class).form(id, Lens.PRIVACY).orElseThrow();
			assertThat(again.draft(first.id())).isNotNull();
			JsonObject values = answers(again.open(),
					(q) -> q.id().equals(first.id())
							? new String[] { "CONCERN", "high", again.draft(first.id()).text() }
							: new String[] { "NO_CONCERN" });
			String answered = submitTo(port, privacy, id + "|privacy|0", values);
			assertThat(answered).contains("lens of " + key + " is complete").contains("VT-1 (high)");
		}
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.reader.latest(key)
				.orElseThrow()
				.lenses()
				.stream()
				.anyMatch((l) -> l.lens() == Lens.PRIVACY && l.state() == LensSheet.State.ANSWERED));
		assertThat(this.teaming.findings(key)).extracting(Finding::text)
			.containsExactly("Claim notes name third parties who never consented");
		awaitDm(owner, "You own finding *VT-1*");
	}

	private String submitTo(int port, String userId, String metadata, JsonObject values) {
		JsonObject payload = viewSubmission(userId, LensModal.CALLBACK_ID, metadata, values);
		String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		int saved = this.port;
		try {
			this.port = port;
			return send(body, "application/x-www-form-urlencoded", timestamp, Signatures.sign(SECRET, timestamp, body))
				.body();
		}
		finally {
			this.port = saved;
		}
	}

	private ConfigurableApplicationContext startAnotherNode() {
		String url = this.environment.getRequiredProperty("spring.datasource.url");
		String database = url.substring(url.lastIndexOf('/') + 1);
		return new SpringApplicationBuilder(VioletApplication.class, NodeClock.class).run(
				"--violet.test.database=" + database, "--server.port=0", "--management.server.port=0",
				"--violet.slack.bot-token=xoxb-test-token", "--violet.slack.signing-secret=" + SECRET,
				"--violet.slack.api-url=" + SlackStub.get().apiUrl(),
				"--violet.initiatives-channel=" + INITIATIVES_CHANNEL,
				"--violet.incidents-channel=" + INCIDENTS_CHANNEL, "--violet.admins=" + ADMIN);
	}

	/**
	 * The restarted node's clock (a source of that node only).
	 */
	static class NodeClock {

		@Bean
		@Primary
		MutableClock nodeClock() {
			return new MutableClock();
		}

	}

}
