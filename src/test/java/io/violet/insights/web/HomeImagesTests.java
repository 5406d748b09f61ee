package io.violet.insights.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.violet.incident.Severity;
import io.violet.insights.Headline;
import io.violet.insights.chart.Charts;
import io.violet.insights.internal.HeadlineCache;
import io.violet.insights.internal.InsightsSettings;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without a public address App Home gets no image (text only), and nothing is rendered or
 * stored; tokens are unguessable and well formed.
 */
class HomeImagesTests {

	@Test
	void withoutAPublicAddressThereIsNoImage() {
		InsightsSettings settings = new InsightsSettings("", "0 0 9 ? * MON", null, "", Duration.ofMinutes(5), 90);
		// a template without a database: any query would fail the test
		HomeImages images = new HomeImages(new JdbcTemplate(), new Charts(), settings,
				Clock.fixed(Instant.parse("2026-04-15T10:00:00Z"), ZoneOffset.UTC));
		images.refreshed(new HeadlineCache.HeadlineRefreshed(
				new Headline(Instant.now(), 1, 0, Map.of(), Map.of(), Map.of(), 1.0, 0, Map.of(Severity.SEV1, 1))));
		assertThat(images.url()).isEmpty();
	}

	@Test
	void tokensAreRandomAndWellFormed() {
		String a = HomeImages.token();
		String b = HomeImages.token();
		assertThat(a).isNotEqualTo(b).hasSize(32);
		assertThat(HomeImages.wellFormed(a)).isTrue();
		assertThat(HomeImages.wellFormed("../etc/passwd")).isFalse();
		assertThat(HomeImages.wellFormed(a.substring(1))).isFalse();
	}

}
