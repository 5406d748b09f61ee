package io.violet.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import io.violet.VioletSettings;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.insights.internal.Digests;
import io.violet.insights.internal.DrillInsights;
import io.violet.insights.internal.HeadlineCache;
import io.violet.insights.internal.IncidentInsights;
import io.violet.insights.internal.InsightsSettings;
import io.violet.insights.internal.ReviewInsights;
import io.violet.insights.internal.TeamInsights;
import io.violet.insights.internal.TrainingInsights;

import org.springframework.stereotype.Service;

/**
 * The insights module's facade: figures from Violet's own records, as facts that the
 * chart and Slack packages render each their own way. Every figure is defined in
 * {@code docs/insights.md}.
 */
@Service
public class Insights {

	private final ReviewInsights reviews;

	private final TrainingInsights trainings;

	private final IncidentInsights incidents;

	private final DrillInsights drills;

	private final TeamInsights team;

	private final HeadlineCache headline;

	private final Digests digests;

	private final Directory directory;

	private final UserFacts userFacts;

	private final InsightsSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	Insights(ReviewInsights reviews, TrainingInsights trainings, IncidentInsights incidents, DrillInsights drills,
			TeamInsights team, HeadlineCache headline, Digests digests, Directory directory, UserFacts userFacts,
			InsightsSettings settings, VioletSettings violet, Clock clock) {
		this.reviews = reviews;
		this.trainings = trainings;
		this.incidents = incidents;
		this.drills = drills;
		this.team = team;
		this.headline = headline;
		this.digests = digests;
		this.directory = directory;
		this.userFacts = userFacts;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
	}

	/**
	 * The organisation's zone, in which days, weeks and quarters are counted.
	 * @return {@code VIOLET_TIMEZONE}
	 */
	public ZoneId zone() {
		return this.violet.timezone();
	}

	public LocalDate today() {
		return this.violet.today(this.clock);
	}

	/**
	 * Where a family's period starts without {@code --since}: the default number of days
	 * back, and for drills the first day of the quarter three quarters back (four
	 * quarters to compare).
	 * @param family the family, null for the overview
	 * @return the first day
	 */
	public LocalDate defaultSince(Family family) {
		if (family == Family.DRILLS) {
			return DrillInsights.firstOfQuarter(today()).minusMonths(9);
		}
		return today().minusDays(this.settings.defaultDays());
	}

	public ReviewFigures reviews(InsightsQuery query) {
		return this.reviews.compute(query);
	}

	public TrainingFigures trainings(InsightsQuery query) {
		return this.trainings.compute(query);
	}

	public IncidentFigures incidents(InsightsQuery query) {
		return this.incidents.compute(query);
	}

	public DrillFigures drills(InsightsQuery query) {
		return this.drills.compute(query);
	}

	/**
	 * Team health as one viewer may see it: with names for hr and compliance owners and
	 * admins, figures only for everyone else.
	 * @param query the period and role
	 * @param viewerId who looks
	 * @return the figures
	 */
	public TeamHealth team(InsightsQuery query, String viewerId) {
		return this.team.compute(query, maySeeNames(viewerId));
	}

	/**
	 * Whether a user may see who is loaded or overdue: hr and compliance owners and
	 * backups, and admins. Decided from what Violet knows, without asking Slack.
	 * @param userId the user
	 * @return true for them
	 */
	public boolean maySeeNames(String userId) {
		return this.directory.configuredAdmins().contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false)
				|| this.directory.holdsAny(userId, Set.of(Role.HR, Role.COMPLIANCE));
	}

	/**
	 * The headline figures as last computed in the background (computed now if never).
	 * @return the figures
	 */
	public Headline headline() {
		return this.headline.get();
	}

	/**
	 * A claimed week's digest.
	 * @param week e.g. {@code 2026-W05}
	 * @return the digest, empty for a week without one
	 */
	public Optional<Digest> digest(String week) {
		return this.digests.digest(week);
	}

}
