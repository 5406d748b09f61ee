package io.violet.insights.slack;

import io.violet.insights.Digest;
import io.violet.insights.DrillFigures;
import io.violet.insights.IncidentFigures;
import io.violet.insights.ReviewFigures;
import io.violet.insights.TeamHealth;
import io.violet.insights.TrainingFigures;

/**
 * Lets tests in other packages read the text tables.
 */
public final class InsightsTablesAccess {

	private InsightsTablesAccess() {
	}

	public static String trainings(TrainingFigures f) {
		return FigureTables.trainings(f);
	}

	public static String incidents(IncidentFigures f) {
		return FigureTables.incidents(f);
	}

	public static String team(TeamHealth f) {
		return FigureTables.team(f);
	}

	public static String reviews(ReviewFigures f) {
		return FigureTables.reviews(f);
	}

	public static String drills(DrillFigures f) {
		return FigureTables.drills(f);
	}

	public static String changes(Digest digest) {
		return FigureTables.changes(digest);
	}

}
