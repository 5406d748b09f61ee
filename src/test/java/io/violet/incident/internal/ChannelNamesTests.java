package io.violet.incident.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelNamesTests {

	@Test
	void slugsKeepAsciiLettersAndDigitsAndJoinEverythingElseWithOneDash() {
		assertThat(ChannelNames.slug("Support bot leaks its system prompt!"))
			.isEqualTo("support-bot-leaks-its-system-prompt");
		assertThat(ChannelNames.slug("  «Über» model — v2.1 :fire: <!channel> "))
			.isEqualTo("ber-model-v2-1-fire-channel");
		assertThat(ChannelNames.slug("🔥🔥")).isEmpty();
	}

}
