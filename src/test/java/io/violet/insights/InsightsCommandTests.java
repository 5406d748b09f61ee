package io.violet.insights;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.insights.chart.Charts;
import io.violet.testing.SlackStub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code /violet insights} end to end: signed commands, an ephemeral table at once, PNG
 * charts with alt text and tables in the requester's DM after the ack, and a clear
 * message for every wrong argument.
 */
class InsightsCommandTests extends InsightsTestSupport {

	@Autowired
	JdbcTemplate jdbc;

	String user = "";

	@BeforeEach
	void slackAcceptsUploads() {
		new Seed(this.jdbc).clear();
		this.user = "UI" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
		this.slack.server()
			.stubFor(
					WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
						.atPriority(10)
						.willReturn(SlackStub.answer("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl()
								+ "/upload/" + this.user + "-{{randomInt lower=100000 upper=999999}}\",\"file_id\":\"F"
								+ this.user + "\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F1\",\"title\":\"chart\"}]}");
	}

	private List<Map<String, String>> myUploads(int count) {
		return awaitCalls("files.completeUploadExternal", count, (c) -> ("D" + this.user).equals(c.get("channel_id")));
	}

	private List<BufferedImage> myImages() throws IOException {
		List<LoggedRequest> uploads = this.slack.server()
			.findAll(postRequestedFor(urlPathMatching("/upload/" + this.user + "-.*")));
		List<BufferedImage> images = new java.util.ArrayList<>();
		for (LoggedRequest upload : uploads) {
			byte[] body = upload.getBody();
			int start = indexOf(body, new byte[] { (byte) 0x89, 'P', 'N', 'G' });
			assertThat(start).as("a PNG in the upload").isGreaterThanOrEqualTo(0);
			images.add(ImageIO.read(new ByteArrayInputStream(body, start, body.length - start)));
		}
		return images;
	}

	private static int indexOf(byte[] data, byte[] pattern) {
		outer: for (int i = 0; i + pattern.length <= data.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	@Test
	void reviewsAnswerWithATableAtOnceAndTheChartFollowsInTheDm() throws IOException {
		Seed seed = new Seed(this.jdbc);
		Instant now = this.clock.instant();
		long review = seed.review("AI-9", "THREAT_MODEL", now.minus(Duration.ofDays(20)), now.minus(Duration.ofDays(1)),
				null);
		seed.signoff(review, "security-architect", "PENDING", null, null);

		var answer = command(this.user,
				"insights reviews --since " + now.minus(Duration.ofDays(30)).toString().substring(0, 10));

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.json().get("response_type").getAsString()).isEqualTo("ephemeral");
		assertThat(answer.text()).contains("Review turnaround since")
			.contains("Open now: *1*, overdue: *1*")
			.contains("security-architect")
			.contains("on the way to your direct messages");
		Map<String, String> upload = myUploads(1).get(0);
		assertThat(upload.get("initial_comment")).contains("Review turnaround since").contains("security-architect");
		assertThat(this.slack.calls("files.getUploadURLExternal"))
			.anySatisfy((c) -> assertThat(c.get("alt_txt")).contains("Review turnaround by role")
				.contains("Open reviews: 1, overdue: 1"));
		List<BufferedImage> images = myImages();
		assertThat(images).hasSize(1);
		assertThat(images.get(0).getWidth()).isEqualTo(Charts.WIDTH);
		assertThat(images.get(0).getHeight()).isEqualTo(Charts.HEIGHT);
	}

	@Test
	void theOverviewAnswersWithTheHeadlineAndUploadsEveryFamily() throws IOException {
		var answer = command(this.user, "insights");

		assertThat(answer.text()).contains("Violet at a glance").contains("Charts of every family");
		List<Map<String, String>> uploads = myUploads(5);
		assertThat(uploads).hasSize(5);
		assertThat(uploads).extracting((c) -> c.get("initial_comment"))
			.anySatisfy((c) -> assertThat(c).contains("Training completion"))
			.anySatisfy((c) -> assertThat(c).contains("Incidents since"))
			.anySatisfy((c) -> assertThat(c).contains("Drills since"))
			.anySatisfy((c) -> assertThat(c).contains("Team health"));
		assertThat(myImages()).hasSize(5).allSatisfy((image) -> assertThat(image.getWidth()).isEqualTo(Charts.WIDTH));
	}

	@Test
	void everyWrongArgumentGetsAClearMessageAndNothingIsUploaded() {
		Map<String, String> wrong = Map.of("insights reviewz", "There are no figures called `reviewz`",
				"insights reviews --since 2026-13-01", "is not a date like 2026-01-31",
				"insights reviews --since 2999-01-01", "is in the future", "insights trainings --role wizard",
				"There is no role `wizard`", "insights incidents --role legal",
				"`--role` narrows reviews, trainings and team", "insights reviews team", "Name at most one family",
				"insights --until 2026-01-01", "Unknown option `--until`", "insights reviews --since",
				"`--since` needs a value");
		for (Map.Entry<String, String> entry : wrong.entrySet()) {
			var answer = command(this.user, entry.getKey());
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.text()).as(entry.getKey())
				.startsWith(":warning:")
				.contains(entry.getValue())
				.contains("/violet insights [reviews|trainings|incidents|drills|team]");
		}
		// a right one afterwards: once its chart arrived, the wrong ones would have too
		command(this.user, "insights drills");
		myUploads(1);
		await().during(Duration.ofSeconds(2))
			.atMost(Duration.ofSeconds(5))
			.until(() -> this.slack.calls("files.completeUploadExternal", "channel_id", "D" + this.user).size() == 1);
	}

}
