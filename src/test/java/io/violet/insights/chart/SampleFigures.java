package io.violet.insights.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.incident.IncidentType;
import io.violet.incident.Severity;
import io.violet.initiative.Stage;
import io.violet.insights.DrillFigures;
import io.violet.insights.Headline;
import io.violet.insights.IncidentFigures;
import io.violet.insights.ReviewFigures;
import io.violet.insights.Spread;
import io.violet.insights.TeamHealth;
import io.violet.insights.TrainingFigures;
import io.violet.review.ReviewKind;

/**
 * A seeded set of figures for chart tests and the documentation's example chart.
 */
final class SampleFigures {

	static final LocalDate SINCE = LocalDate.of(2026, 1, 1);

	private SampleFigures() {
	}

	static Spread spread(double... values) {
		return Spread.of(java.util.Arrays.stream(values).boxed().toList());
	}

	static ReviewFigures reviews() {
		Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
		stages.put(Stage.PROPOSED, 12);
		stages.put(Stage.IN_PRODUCTION, 30);
		return new ReviewFigures(SINCE,
				List.of(new ReviewFigures.KindTurnaround(ReviewKind.THREAT_MODEL, spread(2, 3, 4.5, 6, 9), 4, 1),
						new ReviewFigures.KindTurnaround(ReviewKind.PRIVACY, spread(5, 7, 8, 12), 3, 2)),
				List.of(new ReviewFigures.RoleTurnaround(Role.SECURITY_ARCHITECT, spread(1.5, 2, 2.5, 4, 7), 3, 1),
						new ReviewFigures.RoleTurnaround(Role.ML_ARCHITECT, spread(1, 1.5, 2, 3), 1, 0),
						new ReviewFigures.RoleTurnaround(Role.PRIVACY, spread(4, 5, 6.5, 9), 2, 1),
						new ReviewFigures.RoleTurnaround(Role.LEGAL, spread(3, 6, 8, 11), 4, 2),
						new ReviewFigures.RoleTurnaround(Role.COMPLIANCE, spread(2, 2.5, 5), 1, 0),
						new ReviewFigures.RoleTurnaround(Role.ETHICS, spread(0.5, 1, 3), 0, 0)),
				7, 3, stages);
	}

	static TrainingFigures trainings() {
		return new TrainingFigures(
				List.of(new TrainingFigures.RoleCompletion(Role.ML_ENGINEER, 10, 50, 41, 3),
						new TrainingFigures.RoleCompletion(Role.LEGAL, 4, 20, 18, 1),
						new TrainingFigures.RoleCompletion(Role.HR, 2, 8, 4, 2)),
				List.of(new TrainingFigures.TopicCompletion("ai-literacy", "AI literacy baseline", 120, 101),
						new TrainingFigures.TopicCompletion("secure-llm-dev", "Secure LLM development", 14, 9)),
				120, 24);
	}

	static IncidentFigures incidents() {
		Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
		counts.put(Severity.SEV1, 1);
		counts.put(Severity.SEV2, 3);
		Map<Severity, Integer> open = new EnumMap<>(Severity.class);
		for (Severity s : Severity.values()) {
			open.put(s, s.ordinal());
		}
		IncidentFigures.ResponseTimes sev1 = new IncidentFigures.ResponseTimes(Severity.SEV1, 1, spread(4), spread(2),
				spread(20));
		IncidentFigures.ResponseTimes sev2 = new IncidentFigures.ResponseTimes(Severity.SEV2, 3, spread(8, 15, 30),
				spread(3, 5, 9), spread(30, 48, 70));
		return new IncidentFigures(SINCE, 4, 1,
				List.of(new IncidentFigures.TypeCount(IncidentType.DATA_LEAKAGE, counts)), List.of(sev1, sev2),
				new IncidentFigures.ResponseTimes(null, 4, spread(4, 8, 15, 30), spread(2, 3, 5, 9),
						spread(20, 30, 48, 70)),
				open);
	}

	static DrillFigures drills() {
		List<String> quarters = List.of("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
		return new DrillFigures(LocalDate.of(2025, 7, 1), quarters, 9,
				List.of(new DrillFigures.PhaseTrend(IncidentType.PROMPT_INJECTION, "Detection & Analysis", 0,
						List.of(spread(42), spread(35, 38), spread(28), spread(22))),
						new DrillFigures.PhaseTrend(IncidentType.PROMPT_INJECTION, "Containment", 3,
								List.of(spread(95), spread(80, 86), spread(70), spread(61))),
						new DrillFigures.PhaseTrend(IncidentType.DATA_LEAKAGE, "Containment", 3,
								List.of(Spread.NONE, spread(120), spread(97), spread(88)))));
	}

	static TeamHealth team() {
		return new TeamHealth(List.of(Role.ETHICS), List.of(Role.HR, Role.LEGAL),
				List.of(new TeamHealth.RoleAsks(Role.LEGAL, 3, 5), new TeamHealth.RoleAsks(Role.PRIVACY, 4, 1)),
				List.of(new TeamHealth.PersonLoad(null, 6, 1), new TeamHealth.PersonLoad(null, 3, 2)), 2, false);
	}

	static Headline headline() {
		Map<Severity, Integer> open = new EnumMap<>(Severity.class);
		open.put(Severity.SEV1, 1);
		open.put(Severity.SEV2, 2);
		open.put(Severity.SEV3, 4);
		open.put(Severity.SEV4, 0);
		return new Headline(Instant.parse("2026-04-15T10:00:00Z"), 7, 3, Map.of(Role.LEGAL, 4), Map.of(Role.LEGAL, 2),
				Map.of(Role.LEGAL, 0.9), 0.84, 24, open);
	}

}
