package io.violet.insights.chart;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import io.violet.insights.DrillFigures;
import io.violet.insights.IncidentFigures;
import io.violet.insights.InsightsQuery;
import io.violet.insights.ReviewFigures;
import io.violet.insights.TeamHealth;
import io.violet.insights.TrainingFigures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart decodes as a PNG of its fixed size, also when the period has no data, and
 * its alt text carries the numbers drawn.
 */
class ChartsTests {

	final Charts charts = new Charts();

	static BufferedImage decode(Chart chart) throws IOException {
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
		assertThat(image).as(chart.filename()).isNotNull();
		return image;
	}

	@Test
	void everyChartIsAPngOfItsSize() throws IOException {
		List<Chart> all = List.of(this.charts.reviewTurnaround(SampleFigures.reviews()),
				this.charts.trainingCompletion(SampleFigures.trainings()),
				this.charts.incidentResponse(SampleFigures.incidents()), this.charts.drillTrend(SampleFigures.drills()),
				this.charts.teamAsks(SampleFigures.team()));
		for (Chart chart : all) {
			BufferedImage image = decode(chart);
			assertThat(image.getWidth()).isEqualTo(Charts.WIDTH).isEqualTo(chart.width());
			assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT).isEqualTo(chart.height());
			assertThat(chart.filename()).endsWith(".png");
			assertThat(chart.altText()).isNotBlank();
		}
		BufferedImage home = decode(this.charts.home(SampleFigures.headline()));
		assertThat(home.getWidth()).isEqualTo(Charts.HOME_WIDTH);
		assertThat(home.getHeight()).isEqualTo(Charts.HOME_HEIGHT);
	}

	@Test
	void altTextCarriesTheNumbersDrawn() {
		assertThat(this.charts.reviewTurnaround(SampleFigures.reviews()).altText())
			.contains("security-architect median 2.5 d, p90 7.0 d (5 decisions)")
			.contains("Open reviews: 7, overdue: 3");
		assertThat(this.charts.trainingCompletion(SampleFigures.trainings()).altText()).contains("hr 50%")
			.contains("People overdue: 24 of 120");
		assertThat(this.charts.drillTrend(SampleFigures.drills()).altText())
			.contains("prompt-injection: Containment 2025-Q3 95 min, 2025-Q4 83 min, 2026-Q1 70 min, 2026-Q2 61 min");
		assertThat(this.charts.home(SampleFigures.headline()).altText())
			.isEqualTo("Open incidents by severity: sev1 1, sev2 2, sev3 4, sev4 0.");
	}

	@Test
	void anEmptyPeriodStillDrawsAChart() throws IOException {
		var since = SampleFigures.SINCE;
		var query = new InsightsQuery(since, null);
		List<Chart> empty = List.of(
				this.charts.reviewTurnaround(new ReviewFigures(since, List.of(), List.of(), 0, 0, java.util.Map.of())),
				this.charts.trainingCompletion(new TrainingFigures(List.of(), List.of(), 0, 0)),
				this.charts.incidentResponse(new IncidentFigures(since, 0, 0, List.of(), List.of(),
						new IncidentFigures.ResponseTimes(null, 0, io.violet.insights.Spread.NONE,
								io.violet.insights.Spread.NONE, io.violet.insights.Spread.NONE),
						java.util.Map.of())),
				this.charts.drillTrend(new DrillFigures(query.since(), List.of("2026-Q1"), 0, List.of())),
				this.charts.teamAsks(new TeamHealth(List.of(), List.of(), List.of(), List.of(), 0, false)));
		for (Chart chart : empty) {
			assertThat(decode(chart).getWidth()).isEqualTo(Charts.WIDTH);
		}
	}

}
