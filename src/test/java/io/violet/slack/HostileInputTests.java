package io.violet.slack;

import java.util.List;

import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or careless user types is answered in the command's own response, and
 * the app goes on serving.
 */
class HostileInputTests extends SlackTestSupport {

	@Test
	void aLoneAngleBracketIsAnsweredWithinTheAckAndTheAppKeepsServing() {
		List<String> texts = List.of("<", "role who <", "incident declare prompt-injection sev3 <",
				"incident declare prompt-injection sev3 \"Leak\" --initiative <", "bom where <", "initiative show <",
				"training schedule ai-literacy 2026-12-01 10:00 --tz <", "help <<<<", "<@U1 <#C1 <!here",
				"x".repeat(100) + "<".repeat(20_000));
		for (String text : texts) {
			Answer answer = command("UHOSTILE", text);
			assertThat(answer.status()).as(text).isEqualTo(200);
			assertThat(answer.text()).as(text).isNotBlank().doesNotContain("Something went wrong");
		}
		Answer help = command("UHOSTILE", "help");
		assertThat(help.status()).isEqualTo(200);
		assertThat(help.text()).contains("/violet role list");
	}

}
