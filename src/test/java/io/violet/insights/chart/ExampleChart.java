package io.violet.insights.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the documentation's example charts from the seeded {@link SampleFigures}:
 * {@code docs/insights-review-turnaround.png} and {@code docs/insights-drill-phases.png}.
 * Run from the project folder with the test classpath, e.g.
 * {@code java -cp target/test-classes:target/classes:<dependencies> io.violet.insights.chart.ExampleChart}.
 */
public final class ExampleChart {

	private ExampleChart() {
	}

	public static void main(String[] args) throws IOException {
		Path docs = Path.of((args.length > 0) ? args[0] : "docs");
		Charts charts = new Charts();
		Files.write(docs.resolve("insights-review-turnaround.png"),
				charts.reviewTurnaround(SampleFigures.reviews()).png());
		Files.write(docs.resolve("insights-drill-phases.png"), charts.drillTrend(SampleFigures.drills()).png());
	}

}
