package io.violet.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;

/**
 * Review turnaround and what waits now.
 *
 * @param since the first day of the period
 * @param byKind per kind: working days from request to approval of the reviews approved
 * in the period, and how many are open and overdue now
 * @param byRole per role: working days from request to the role's decision for the
 * decisions in the period, and how many sign-offs wait now
 * @param openNow reviews open now
 * @param overdueNow open reviews past their due date now
 * @param initiativesByStage initiatives per stage now
 */
public record ReviewFigures(LocalDate since, List<KindTurnaround> byKind, List<RoleTurnaround> byRole, int openNow,
		int overdueNow, Map<Stage, Integer> initiativesByStage) {

	/**
	 * One kind's turnaround.
	 *
	 * @param kind the kind
	 * @param workingDays working days from request to approval
	 * @param open reviews of the kind open now
	 * @param overdue of those, past their due date
	 */
	public record KindTurnaround(ReviewKind kind, Spread workingDays, int open, int overdue) {

	}

	/**
	 * One role's turnaround.
	 *
	 * @param role the role
	 * @param workingDays working days from request to the role's decision
	 * @param pending the role's sign-offs waiting now
	 * @param overdue of those, on reviews past their due date
	 */
	public record RoleTurnaround(Role role, Spread workingDays, int pending, int overdue) {

	}

}
