package io.violet.slack;

import java.time.Duration;
import java.util.UUID;

import io.violet.audit.AuditTrail;
import io.violet.testing.Signatures;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class SlackEventsEndpointTests extends SlackTestSupport {

	@Autowired
	AuditTrail audit;

	@Autowired
	InboundDeliveries deliveries;

	@Test
	void answersUrlVerificationWithTheChallenge() {
		Answer answer = post("{\"token\":\"t\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
				+ "\"type\":\"url_verification\"}", "application/json");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
	}

	@Test
	void aBadSignatureIs401AndChangesNothing() {
		String body = commandBody("role assign legal <@UFORGED1>");
		String timestamp = Long.toString(this.clock.instant().getEpochSecond());
		Answer answer = send(body, "application/x-www-form-urlencoded", timestamp,
				Signatures.sign("not-the-secret", timestamp, body));
		assertThat(answer.status()).isEqualTo(401);
		Answer unsigned = send(body, "application/x-www-form-urlencoded", null, null);
		assertThat(unsigned.status()).isEqualTo(401);
		assertThat(command("U1", "role who legal").text()).doesNotContain("UFORGED1");
		// nothing reached Slack about the forged request (other tests' work may still
		// call it)
		assertThat(this.slack.server().getAllServeEvents())
			.noneMatch((e) -> e.getRequest().getBodyAsString().contains("UFORGED1"));
	}

	@Test
	void timestampsOlderOrNewerThanFiveMinutesAre401() {
		String body = commandBody("help");
		for (Duration skew : new Duration[] { Duration.ofMinutes(-6), Duration.ofMinutes(6) }) {
			String timestamp = Long.toString(this.clock.instant().plus(skew).getEpochSecond());
			Answer answer = send(body, "application/x-www-form-urlencoded", timestamp,
					Signatures.sign(SECRET, timestamp, body));
			assertThat(answer.status()).as("skew %s", skew).isEqualTo(401);
		}
	}

	@Test
	void malformedButSignedPayloadsAre400() {
		assertThat(post("payload=not-json", "application/x-www-form-urlencoded").status()).isEqualTo(400);
		assertThat(post("payload=%7B%22type%22%3A%22block_actions%22%7D", "application/x-www-form-urlencoded").status())
			.isEqualTo(400);
		assertThat(post("payload=%7B%7D", "application/x-www-form-urlencoded").status()).isEqualTo(400);
		assertThat(post("{\"type\":\"event_callback\"}", "application/json").status()).isEqualTo(400);
		assertThat(post("{not json", "application/json").status()).isEqualTo(400);
		assertThat(post("hello", "text/plain").status()).isEqualTo(400);
		assertThat(post("a=%ZZ", "application/x-www-form-urlencoded").status()).isEqualTo(400);
		assertThat(command("U1", "help").status()).as("still serving").isEqualTo(200);
	}

	@Test
	void anOversizedBodyIs413BeforeAnythingElse() {
		String body = "text=" + "x".repeat(70_000);
		Answer answer = send(body, "application/x-www-form-urlencoded", null, null);
		assertThat(answer.status()).isEqualTo(413);
	}

	@Test
	void theSameEventDeliveredTwiceIsHandledOnce() {
		String eventId = "Ev" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String user = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
		String event = "{\"type\":\"app_home_opened\",\"user\":\"" + user + "\",\"channel\":\"DHOME\",\"tab\":\"home\","
				+ "\"event_ts\":\"1700000000.000100\"}";
		assertThat(event(eventId, event).status()).isEqualTo(200);
		assertThat(event(eventId, event).status()).isEqualTo(200);
		await().atMost(Duration.ofSeconds(20)).until(() -> publishesFor(user) >= 1);
		assertThat(command("U1", "help").status()).isEqualTo(200);
		assertThat(publishesFor(user)).isEqualTo(1);
	}

	private long publishesFor(String user) {
		return this.slack.calls("views.publish", "user_id", user).size();
	}

	@Test
	void theSameSlashCommandTriggerTwiceIsHandledOnce() {
		String trigger = "trigger-" + UUID.randomUUID();
		String user = "U" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		Answer first = command(ADMIN, "CGENERAL", "role assign ethics <@" + user + ">", trigger);
		Answer again = command(ADMIN, "CGENERAL", "role assign ethics <@" + user + ">", trigger);
		assertThat(first.text()).contains("Added <@" + user + ">");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.body()).isEmpty();
		assertThat(this.audit.recent(null, 0, 500).entries())
			.filteredOn((e) -> e.details() != null && e.details().contains(user))
			.hasSize(1);
	}

	@Test
	void aRepeatedCommandThatOnlyReadsIsAnsweredAgainWithoutAWrite() {
		String trigger = "trigger-" + UUID.randomUUID();
		assertThat(command("U1", "CGENERAL", "role who legal", trigger).text()).contains("*Legal*");
		assertThat(command("U1", "CGENERAL", "role who legal", trigger).text()).contains("*Legal*");
		assertThat(this.deliveries.claim("command:" + trigger)).as("no delivery key was written").isTrue();
	}

	@Test
	void helpListsEverySubcommandWithItsForm() {
		String text = command("U1", "help").text();
		assertThat(text).contains("/violet help", "/violet role assign <role> @user… [--backup]",
				"/violet role sync <role> @usergroup", "/violet audit [--since yyyy-MM-dd]");
		assertThat(command("U1", "").text()).isEqualTo(text);
	}

	@Test
	void unknownAndMalformedCommandsNameTheProblemAndTheRightForm() {
		assertThat(command("U1", "frobnicate now").text()).contains("Unknown command `frobnicate`")
			.contains("/violet role list");
		assertThat(command("U1", "role who").text()).contains("Name one role").contains("/violet role who <role>");
		assertThat(command("U1", "role who \"legal").text()).contains("never closed");
		assertThat(command("U1", "role who wizard").text()).contains("Unknown role `wizard`").contains("legal");
		assertThat(command(ADMIN, "role assign legal bob").text()).contains("`bob` is not a person");
		assertThat(command(ADMIN, "role assign legal <@U1> --primary").text()).contains("Unknown option `--primary`");
	}

	@Test
	void specialMentionsInInputAreEscapedInEveryAnswer() {
		String text = command("U1", "role who &lt;!channel&gt;").text();
		assertThat(text).contains("&lt;!channel&gt;").doesNotContain("<!channel>");
		String unknown = command("U1", "<!channel> <!here>").text();
		assertThat(unknown).doesNotContain("<!channel>").doesNotContain("<!here>");
		String raw = command("U1", "role who <!channel>").text();
		assertThat(raw).doesNotContain("<!channel>");
	}

	private String commandBody(String text) {
		return "token=legacy&team_id=T0001&channel_id=CGENERAL&user_id=" + ADMIN + "&command=%2Fviolet&text="
				+ java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8)
				+ "&response_url=x&trigger_id=" + UUID.randomUUID();
	}

}
