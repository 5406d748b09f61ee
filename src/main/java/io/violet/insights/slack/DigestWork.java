package io.violet.insights.slack;

import io.violet.insights.Digest;
import io.violet.insights.Insights;
import io.violet.insights.chart.Chart;
import io.violet.insights.chart.Charts;
import io.violet.insights.internal.Digests;
import io.violet.insights.internal.InsightsSettings;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Posts a claimed week's digest into {@code VIOLET_DIGEST_CHANNEL}: what changed, then
 * one chart per family, each with alt text and its table, all in the summary's thread.
 * Every post and upload is keyed by the week.
 */
@Component
class DigestWork implements SlackWork {

	private final Insights insights;

	private final Charts charts;

	private final InsightsSettings settings;

	DigestWork(Insights insights, Charts charts, InsightsSettings settings) {
		this.insights = insights;
		this.charts = charts;
		this.settings = settings;
	}

	@Override
	public String type() {
		return Digests.WORK;
	}

	@Override
	public String describe(String subject) {
		return "weekly insights digest " + subject;
	}

	@Override
	public void run(SlackJob job) {
		String week = job.subject();
		Digest digest = this.insights.digest(week).orElse(null);
		if (digest == null) {
			throw job.park("unknown_week", "The digest of " + week + " was never claimed; nothing to post.");
		}
		String channel = this.settings.digestChannel().strip();
		String text = ":bar_chart: *Violet weekly insights, " + digest.from() + " to " + digest.to() + "* (" + week
				+ ")\n" + FigureTables.changes(digest);
		Effect summary = job.post(job.key() + ":summary", channel, SlackMessage.of(text));
		if (!summary.isDone()) {
			throw job.park((summary.error() != null) ? summary.error() : "not_posted",
					"Invite Violet to the digest channel (VIOLET_DIGEST_CHANNEL) and retry.");
		}
		String thread = summary.ts();
		upload(job, "reviews", channel, thread, this.charts.reviewTurnaround(digest.reviews()),
				FigureTables.reviews(digest.reviews()));
		upload(job, "trainings", channel, thread, this.charts.trainingCompletion(digest.trainings()),
				FigureTables.trainings(digest.trainings()));
		upload(job, "incidents", channel, thread, this.charts.incidentResponse(digest.incidents()),
				FigureTables.incidents(digest.incidents()));
		upload(job, "drills", channel, thread, this.charts.drillTrend(digest.drills()),
				FigureTables.drills(digest.drills()));
		upload(job, "team", channel, thread, this.charts.teamAsks(digest.team()), FigureTables.team(digest.team()));
	}

	private static void upload(SlackJob job, String family, String channel, String thread, Chart chart, String table) {
		job.upload(job.key() + ":" + family,
				new SlackUpload(channel, thread, chart.filename(), chart.title(), chart.png(), table, chart.altText()));
	}

}
