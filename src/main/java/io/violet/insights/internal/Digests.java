package io.violet.insights.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;

import io.violet.VioletSettings;
import io.violet.insights.Digest;
import io.violet.insights.Headline;
import io.violet.insights.InsightsQuery;
import io.violet.slack.SlackJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The weekly digest: claims the current ISO week once across replicas and queues the
 * Slack work that posts it, and assembles a claimed week's figures.
 */
@Component
public class Digests {

	/** The {@code SlackWork} type that posts a digest; stored with every job. */
	public static final String WORK = "insights.digest";

	private static final Logger log = LoggerFactory.getLogger(Digests.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	// looked up when used: the Slack work that posts a digest reads its figures here
	private final ObjectProvider<SlackJobs> slackJobs;

	private final HeadlineCache headline;

	private final ReviewInsights reviews;

	private final TrainingInsights trainings;

	private final IncidentInsights incidents;

	private final DrillInsights drills;

	private final TeamInsights team;

	private final InsightsSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	Digests(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectProvider<SlackJobs> slackJobs,
			HeadlineCache headline, ReviewInsights reviews, TrainingInsights trainings, IncidentInsights incidents,
			DrillInsights drills, TeamInsights team, InsightsSettings settings, VioletSettings violet, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.slackJobs = slackJobs;
		this.headline = headline;
		this.reviews = reviews;
		this.trainings = trainings;
		this.incidents = incidents;
		this.drills = drills;
		this.team = team;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
	}

	/**
	 * Claims this week's digest and queues its posting, unless the week already has one
	 * (another replica fired first, or the job fired again after a missed week).
	 * @return the week claimed now, or empty
	 */
	public Optional<String> claimThisWeek() {
		if (!this.settings.digestEnabled()) {
			log.debug("No digest channel configured; the weekly digest is skipped");
			return Optional.empty();
		}
		LocalDate today = this.violet.today(this.clock);
		String week = week(today);
		Integer known = this.jdbc.queryForObject("SELECT COUNT(*) FROM insights_digest WHERE week = ?", Integer.class,
				week);
		if (known != null && known > 0) {
			return Optional.empty();
		}
		// computed before the transaction: it holds no connection while it reads
		Headline now = this.headline.compute();
		Boolean claimed = this.transactions.execute((status) -> {
			int inserted = this.jdbc.update("INSERT IGNORE INTO insights_digest (week, period_from, period_to, "
					+ "claimed_at, reviews_open, reviews_overdue, training_ratio, overdue_people, incidents_open) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", week, Date.valueOf(today.minusDays(7)), Date.valueOf(today),
					LocalDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC), now.reviewsOpen(),
					now.reviewsOverdue(), now.trainingRatio(), now.overduePeople(), now.incidentsOpenTotal());
			if (inserted == 1) {
				this.slackJobs.getObject().submit(WORK, WORK + ":" + week, week);
			}
			return inserted == 1;
		});
		if (Boolean.TRUE.equals(claimed)) {
			log.info("Weekly insights digest {} claimed", week);
			return Optional.of(week);
		}
		return Optional.empty();
	}

	/**
	 * A claimed week's digest, its figures computed now over the period it covers.
	 * @param week e.g. {@code 2026-W05}
	 * @return the digest, empty for a week never claimed
	 */
	public Optional<Digest> digest(String week) {
		List<Row> rows = this.jdbc.query(
				"SELECT week, period_from, period_to, reviews_open, reviews_overdue, training_ratio, overdue_people, "
						+ "incidents_open FROM insights_digest WHERE week <= ? ORDER BY week DESC LIMIT 2",
				(rs, n) -> new Row(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
						new Digest.Totals(rs.getInt(4), rs.getInt(5), rs.getDouble(6), rs.getInt(7), rs.getInt(8))),
				week);
		if (rows.isEmpty() || !rows.get(0).week().equals(week)) {
			return Optional.empty();
		}
		Row row = rows.get(0);
		InsightsQuery period = new InsightsQuery(row.from(), null);
		InsightsQuery year = new InsightsQuery(DrillInsights.firstOfQuarter(row.to()).minusMonths(9), null);
		return Optional.of(new Digest(week, row.from(), row.to(), this.reviews.compute(period),
				this.trainings.compute(period), this.incidents.compute(period), this.drills.compute(year),
				this.team.compute(period, false), row.totals(), (rows.size() > 1) ? rows.get(1).totals() : null));
	}

	/**
	 * The ISO week a day falls in.
	 * @param day the day
	 * @return e.g. {@code 2026-W05}
	 */
	public static String week(LocalDate day) {
		return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
				day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	private record Row(String week, LocalDate from, LocalDate to, Digest.Totals totals) {

	}

}
