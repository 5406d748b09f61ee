package io.violet.slack;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MrkdwnTests {

	@Test
	void userTextCannotPingTheChannelOrForgeALink() {
		assertThat(Mrkdwn.escape("<!channel> look at <https://evil.example|your bank>"))
			.isEqualTo("&lt;!channel&gt; look at &lt;https://evil.example|your bank&gt;");
		assertThat(Mrkdwn.escape("R&D")).isEqualTo("R&amp;D");
	}

	@Test
	void truncationMarksTheCutAndNeverSplitsAnEntityOrAnEmoji() {
		assertThat(Mrkdwn.escapeAndTruncate("abcdef", 4)).isEqualTo("abc…");
		String cut = Mrkdwn.escapeAndTruncate("ab<cd", 5);
		assertThat(cut).doesNotContain("&l…").endsWith("…");
		assertThat(Mrkdwn.truncate("ab\uD83D\uDE00cd", 4)).isEqualTo("ab…");
	}

	@Test
	void mentionsOnlyForRealIds() {
		assertThat(Mrkdwn.user("U123ABC")).isEqualTo("<@U123ABC>");
		assertThat(Mrkdwn.user("<!here>")).isEqualTo("&lt;!here&gt;");
		assertThat(Mrkdwn.channel("C42")).isEqualTo("<#C42>");
	}

	@Test
	void datesShowInTheReadersZoneWithAFallback() {
		assertThat(Mrkdwn.date(Instant.parse("2026-03-01T09:30:00Z")))
			.isEqualTo("<!date^1772357400^{date_short_pretty} {time}|2026-03-01 09:30 UTC>");
	}

	@Test
	void linksAcceptOnlyPlainHttpUrls() {
		assertThat(Mrkdwn.link("https://ok.example/x", "a|b<c>")).isEqualTo("<https://ok.example/x|a¦b&lt;c&gt;>");
		assertThat(Mrkdwn.link("javascript:alert(1)", "x")).isEqualTo("x");
		assertThat(Mrkdwn.link("https://a.example|fake", "x")).isEqualTo("x");
	}

}
