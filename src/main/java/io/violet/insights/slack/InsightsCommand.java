package io.violet.insights.slack;

import java.time.LocalDate;
import java.util.List;

import io.violet.insights.Family;
import io.violet.insights.Insights;
import io.violet.insights.InsightsQuery;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlashCommandHandler;

import org.springframework.stereotype.Component;

/**
 * {@code /violet insights [family] [--since yyyy-MM-dd] [--role <role>]}: anyone may ask.
 * The answer is an ephemeral text table at once (one family is computed within the ack;
 * the overview reads the cached headline); the charts follow in the requester's DM,
 * uploaded by {@link ChartDelivery} after the ack.
 */
@Component
class InsightsCommand implements SlashCommandHandler {

	static final List<String> USAGE = List
		.of("/violet insights [reviews|trainings|incidents|drills|team] [--since yyyy-MM-dd] [--role <role>]");

	private final Insights insights;

	private final SlackJobs jobs;

	InsightsCommand(Insights insights, SlackJobs jobs) {
		this.insights = insights;
		this.jobs = jobs;
	}

	@Override
	public String subcommand() {
		return "insights";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		// a repeated delivery answers again; its chart job has the same key and runs once
		return true;
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		return true;
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		InsightsArgs args = InsightsArgs.parse(invocation.args(), this.insights.today());
		if (args.failed()) {
			return Reply.usage(args.error(), USAGE);
		}
		Family family = args.family();
		LocalDate since = (args.since() != null) ? args.since() : this.insights.defaultSince(family);
		InsightsQuery query = new InsightsQuery(since, args.role());
		String table = (family == null) ? FigureTables.headline(this.insights.headline())
				: table(family, query, invocation.userId());
		ChartRequest request = new ChartRequest(invocation.userId(), family, args.since(), args.role());
		String key = ChartDelivery.TYPE + ":"
				+ (invocation.triggerId().isEmpty() ? java.util.UUID.randomUUID() : invocation.triggerId());
		// the runner starts work queued while a request is handled only after its ack
		this.jobs.submit(ChartDelivery.TYPE, key, request.subject());
		return Reply.ephemeral(Mrkdwn
			.truncate(table + "\n:bar_chart: " + ((family == null) ? "Charts of every family are" : "The chart is")
					+ " on the way to your direct messages with Violet.", 3900));
	}

	private String table(Family family, InsightsQuery query, String userId) {
		return switch (family) {
			case REVIEWS -> FigureTables.reviews(this.insights.reviews(query));
			case TRAININGS -> FigureTables.trainings(this.insights.trainings(query));
			case INCIDENTS -> FigureTables.incidents(this.insights.incidents(query));
			case DRILLS -> FigureTables.drills(this.insights.drills(query));
			case TEAM -> FigureTables.team(this.insights.team(query, userId));
		};
	}

}
