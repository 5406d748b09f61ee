package io.violet.incident.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarRoomViewsTests {

	@Test
	void slugsKeepAsciiLettersAndDigitsAndJoinEverythingElseWithOneDash() {
		assertThat(WarRoomViews.slug("Support bot leaks its system prompt!"))
			.isEqualTo("support-bot-leaks-its-system-prompt");
		assertThat(WarRoomViews.slug("  «Über» model — v2.1 :fire: <!channel> "))
			.isEqualTo("ber-model-v2-1-fire-channel");
		assertThat(WarRoomViews.slug("🔥🔥")).isEmpty();
	}

	@Test
	void elapsedTimesReadNaturally() {
		assertThat(WarRoomViews.elapsed(java.time.Duration.ofMinutes(12))).isEqualTo("12 min");
		assertThat(WarRoomViews.elapsed(java.time.Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
		assertThat(WarRoomViews.elapsed(java.time.Duration.ofHours(72))).isEqualTo("3 d 0 h");
	}

}
