package io.violet.incident.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WarRoomTextsTests {

	@Test
	void elapsedTimesReadNaturally() {
		assertThat(WarRoomTexts.elapsed(java.time.Duration.ofMinutes(12))).isEqualTo("12 min");
		assertThat(WarRoomTexts.elapsed(java.time.Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
		assertThat(WarRoomTexts.elapsed(java.time.Duration.ofHours(72))).isEqualTo("3 d 0 h");
	}

}
