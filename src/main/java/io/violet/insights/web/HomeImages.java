package io.violet.insights.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.violet.incident.Severity;
import io.violet.insights.chart.Charts;
import io.violet.insights.internal.HeadlineCache;
import io.violet.insights.internal.InsightsSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The App Home chart: rendered when the figures it shows change, stored under a fresh
 * unguessable token (so any replica can serve it and Slack's image cache never shows a
 * stale one), and addressed by a URL on the app port. Home views read the URL from
 * memory: they cost no rendering, no query and no Slack call.
 */
@Component
public class HomeImages {

	/** How long an image stays fetchable after a newer one replaced it. */
	static final Duration KEPT = Duration.ofDays(2);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Charts charts;

	private final InsightsSettings settings;

	private final Clock clock;

	private final AtomicReference<Shown> latest = new AtomicReference<>();

	HomeImages(JdbcTemplate jdbc, Charts charts, InsightsSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.charts = charts;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The current chart's public URL.
	 * @return the URL, empty without a public address or before the first rendering
	 */
	public Optional<String> url() {
		Shown shown = this.latest.get();
		if (shown == null || this.settings.baseUrl().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(this.settings.baseUrl() + "/insights/home/" + shown.token() + ".png");
	}

	@EventListener
	void refreshed(HeadlineCache.HeadlineRefreshed event) {
		if (this.settings.baseUrl().isEmpty()) {
			return;
		}
		Map<Severity, Integer> figures = Map.copyOf(event.headline().incidentsOpen());
		Shown shown = this.latest.get();
		if (shown != null && shown.figures().equals(figures)) {
			return;
		}
		byte[] png = this.charts.home(event.headline()).png();
		String token = token();
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc.update("INSERT INTO insights_image (token, png, created_at) VALUES (?, ?, ?)", token, png, now);
		this.latest.set(new Shown(token, figures));
		this.jdbc.update("DELETE FROM insights_image WHERE created_at < ?", now.minus(KEPT));
	}

	/**
	 * A stored image.
	 * @param token its token
	 * @return the PNG, empty for an unknown token
	 */
	Optional<byte[]> png(String token) {
		List<byte[]> found = this.jdbc.query("SELECT png FROM insights_image WHERE token = ?",
				(rs, row) -> rs.getBytes(1), token);
		return found.stream().findFirst();
	}

	static String token() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private record Shown(String token, Map<Severity, Integer> figures) {

	}

	static boolean wellFormed(@Nullable String token) {
		return token != null && token.length() == 32
				&& token.chars().allMatch((c) -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
	}

}
