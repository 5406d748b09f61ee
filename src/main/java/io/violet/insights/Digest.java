package io.violet.insights;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One week's digest: the figures of the week before it went out, and how the headline
 * numbers moved since the previous digest.
 *
 * @param week the ISO week it belongs to, e.g. {@code 2026-W05}
 * @param from the first day covered
 * @param to the day it went out (not covered)
 * @param reviews reviews decided in the week, and what waits now
 * @param trainings training completion now
 * @param incidents incidents declared in the week
 * @param drills drill phase times over the last four quarters
 * @param team team health, without names (the digest goes to a channel)
 * @param now the headline numbers when the digest was due
 * @param before the numbers of the previous digest; null for the first one
 */
public record Digest(String week, LocalDate from, LocalDate to, ReviewFigures reviews, TrainingFigures trainings,
		IncidentFigures incidents, DrillFigures drills, TeamHealth team, Totals now, @Nullable Totals before) {

	/**
	 * The numbers a digest compares week by week.
	 *
	 * @param reviewsOpen reviews open
	 * @param reviewsOverdue of those, overdue
	 * @param trainingRatio the share of required trainings done (0 to 1)
	 * @param overduePeople people overdue for a training
	 * @param incidentsOpen real incidents open
	 */
	public record Totals(int reviewsOpen, int reviewsOverdue, double trainingRatio, int overduePeople,
			int incidentsOpen) {

		public static Totals of(Headline headline) {
			return new Totals(headline.reviewsOpen(), headline.reviewsOverdue(), headline.trainingRatio(),
					headline.overduePeople(), headline.incidentsOpenTotal());
		}

	}

}
