package io.violet.insights;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.insights.chart.Charts;
import io.violet.insights.internal.HeadlineCache;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The App Home figures section with its chart served by token, and the gauges, both read
 * from the cached headline.
 */
class InsightsHomeTests extends InsightsTestSupport {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Directory directory;

	@Autowired
	HeadlineCache headline;

	@LocalManagementPort
	int managementPort;

	String user = "";

	@BeforeEach
	void seeded() {
		Seed seed = new Seed(this.jdbc);
		seed.clear();
		this.user = "UH" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		this.directory.assign(Role.LEGAL, List.of(this.user), false, ADMIN);
		// a user Violet already knows: other sections' admin checks find them cached
		this.jdbc.update(
				"INSERT INTO user_fact (user_id, time_zone, workspace_admin, deactivated, bot, restricted, "
						+ "refreshed_at) VALUES (?, 'Europe/Berlin', FALSE, FALSE, FALSE, FALSE, ?)",
				this.user, Seed.utc(this.clock.instant()));
		Instant now = this.clock.instant();
		long overdue = seed.review("AI-1", "EU_AI_ACT", now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(1)),
				null);
		seed.signoff(overdue, "legal", "PENDING", null, null);
		seed.signoff(overdue, "compliance", "PENDING", null, null);
		long open = seed.review("AI-2", "PRIVACY", now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(9)), null);
		seed.signoff(open, "legal", "PENDING", null, null);
		seed.incident("prompt-injection", "SEV1", false, false, "Open one", "UREP", "UC", now.minusSeconds(600), null,
				null, null);
		seed.incident("data-leakage", "SEV2", true, false, "Private one", "UREP", "UC", now.minusSeconds(600), null,
				null, null);
		this.headline.refresh();
	}

	private static HttpResponse<byte[]> get(String url) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String awaitHome(int count) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("views.publish", "user_id", this.user).size() >= count);
		return this.slack.calls("views.publish", "user_id", this.user).get(count - 1).get("view");
	}

	/** Calls to Slack about this user other than publishing their Home. */
	private List<Map<String, String>> otherCallsAboutMe() {
		return this.slack.methodsCalled()
			.stream()
			.distinct()
			.filter((m) -> !m.equals("views.publish"))
			.flatMap((m) -> this.slack.calls(m).stream())
			.filter((c) -> c.values().stream().anyMatch((v) -> v != null && v.contains(this.user)))
			.toList();
	}

	@Test
	void homeShowsTheFiguresAndAChartWithoutAnyOtherSlackCall() throws Exception {
		event("Ev" + this.user,
				"{\"type\":\"app_home_opened\",\"user\":\"" + this.user + "\",\"tab\":\"home\",\"channel\":\"D1\"}");
		String view = awaitHome(1);

		assertThat(view).contains("*Figures*")
			.contains("Reviews waiting for your roles: `legal` 2 (1 overdue)")
			.contains("Open incidents: sev1 1, sev2 1, sev3 0, sev4 0")
			.doesNotContain("Private one");
		Matcher image = Pattern.compile("https://violet\\.example\\.test/insights/home/([A-Za-z0-9_-]{32})\\.png")
			.matcher(view);
		assertThat(image.find()).as("an image block with the tokened URL").isTrue();
		assertThat(otherCallsAboutMe()).isEmpty();

		// a second view: one more publish, still nothing else
		event("Ev2" + this.user,
				"{\"type\":\"app_home_opened\",\"user\":\"" + this.user + "\",\"tab\":\"home\",\"channel\":\"D1\"}");
		awaitHome(2);
		assertThat(otherCallsAboutMe()).isEmpty();

		// the app port serves the image by its token, and nothing for any other
		HttpResponse<byte[]> png = get("http://127.0.0.1:" + this.port + "/insights/home/" + image.group(1) + ".png");
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(png.headers().firstValue("Content-Type")).hasValue("image/png");
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.body()));
		assertThat(decoded.getWidth()).isEqualTo(Charts.HOME_WIDTH);
		assertThat(decoded.getHeight()).isEqualTo(Charts.HOME_HEIGHT);
		String wrong = image.group(1).substring(0, 31) + (image.group(1).endsWith("A") ? "B" : "A");
		assertThat(get("http://127.0.0.1:" + this.port + "/insights/home/" + wrong + ".png").statusCode())
			.isEqualTo(404);
		// what no Slack client sends is refused with a 4xx, never a 500
		assertThat(get("http://127.0.0.1:" + this.port + "/insights/home/..%2F.png").statusCode()).isBetween(400, 499);
		assertThat(get("http://127.0.0.1:" + this.port + "/insights/home/" + image.group(1) + ".gif").statusCode())
			.isEqualTo(404);
	}

	@Test
	void gaugesShowTheCachedHeadline() throws Exception {
		HttpResponse<byte[]> scrape = get("http://127.0.0.1:" + this.managementPort + "/actuator/prometheus");
		String text = new String(scrape.body(), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(scrape.statusCode()).isEqualTo(200);
		assertThat(text).containsPattern("(?m)^violet_reviews_overdue(\\{[^}]*\\})? 1\\.0$")
			.containsPattern("(?m)^violet_incidents_open\\{[^}]*severity=\"sev1\"[^}]*\\} 1\\.0$")
			.containsPattern("(?m)^violet_incidents_open\\{[^}]*severity=\"sev2\"[^}]*\\} 1\\.0$")
			.containsPattern("(?m)^violet_incidents_open\\{[^}]*severity=\"sev4\"[^}]*\\} 0\\.0$")
			// the legal owner has done none of their trainings
			.containsPattern("(?m)^violet_training_completion_ratio\\{[^}]*role=\"legal\"[^}]*\\} 0\\.0$");
	}

}
