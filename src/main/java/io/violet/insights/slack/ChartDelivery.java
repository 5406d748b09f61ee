package io.violet.insights.slack;

import java.util.ArrayList;
import java.util.List;

import io.violet.insights.Family;
import io.violet.insights.Insights;
import io.violet.insights.InsightsQuery;
import io.violet.insights.chart.Chart;
import io.violet.insights.chart.Charts;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Uploads the charts a user asked for with {@code /violet insights} into their DM, each
 * with alt text and the same numbers as a text table beside it. One upload per family,
 * each keyed, so a rerun uploads only what is missing.
 */
@Component
class ChartDelivery implements SlackWork {

	static final String TYPE = "insights.charts";

	private final Insights insights;

	private final Charts charts;

	ChartDelivery(Insights insights, Charts charts) {
		this.insights = insights;
		this.charts = charts;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "insights charts for " + subject.split(" ")[0];
	}

	@Override
	public void run(SlackJob job) {
		ChartRequest request = ChartRequest.parse(job.subject()).orElse(null);
		if (request == null) {
			throw job.park("bad_subject", "Nothing to do: the request could not be read; ask again.");
		}
		List<Family> families = new ArrayList<>();
		if (request.family() != null) {
			families.add(request.family());
		}
		else {
			families.addAll(List.of(Family.values()));
		}
		// everything is drawn before the first Slack call
		List<Rendered> charts = new ArrayList<>();
		for (Family family : families) {
			InsightsQuery query = new InsightsQuery(
					(request.since() != null) ? request.since() : this.insights.defaultSince(family),
					family.perRole() ? request.role() : null);
			charts.add(render(family, query, request.userId()));
		}
		Effect dm = job.openDm(request.userId());
		if (!dm.isDone()) {
			return;
		}
		for (int i = 0; i < families.size(); i++) {
			Chart chart = charts.get(i).chart();
			job.upload(job.key() + ":" + families.get(i).key(), new SlackUpload(dm.channel(), null, chart.filename(),
					chart.title(), chart.png(), charts.get(i).table(), chart.altText()));
		}
	}

	Rendered render(Family family, InsightsQuery query, String viewerId) {
		return switch (family) {
			case REVIEWS -> {
				var f = this.insights.reviews(query);
				yield new Rendered(this.charts.reviewTurnaround(f), FigureTables.reviews(f));
			}
			case TRAININGS -> {
				var f = this.insights.trainings(query);
				yield new Rendered(this.charts.trainingCompletion(f), FigureTables.trainings(f));
			}
			case INCIDENTS -> {
				var f = this.insights.incidents(query);
				yield new Rendered(this.charts.incidentResponse(f), FigureTables.incidents(f));
			}
			case DRILLS -> {
				var f = this.insights.drills(query);
				yield new Rendered(this.charts.drillTrend(f), FigureTables.drills(f));
			}
			case TEAM -> {
				var f = this.insights.team(query, viewerId);
				yield new Rendered(this.charts.teamAsks(f), FigureTables.team(f));
			}
		};
	}

	/**
	 * A chart with its table.
	 *
	 * @param chart the picture
	 * @param table the same numbers as text
	 */
	record Rendered(Chart chart, String table) {

	}

}
