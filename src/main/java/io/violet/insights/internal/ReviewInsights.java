package io.violet.insights.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.Actor;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeCounts;
import io.violet.insights.InsightsQuery;
import io.violet.insights.ReviewFigures;
import io.violet.insights.Spread;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewTiming;
import io.violet.review.ReviewTimings;
import io.violet.review.SignoffTiming;

import org.springframework.stereotype.Component;

/**
 * Review turnaround: working days from a review's request to its approval (per kind) and
 * to each role's decision (per role), and what is open and overdue now.
 */
@Component
public class ReviewInsights {

	private final ReviewTimings reviews;

	private final InitiativeCounts initiatives;

	private final BusinessCalendar calendar;

	private final ZoneId zone;

	private final Clock clock;

	ReviewInsights(ReviewTimings reviews, InitiativeCounts initiatives, BusinessCalendar calendar,
			VioletSettings violet, Clock clock) {
		this.reviews = reviews;
		this.initiatives = initiatives;
		this.calendar = calendar;
		this.zone = violet.timezone();
		this.clock = clock;
	}

	/**
	 * The review figures of a period.
	 * @param query the period, and a role to narrow to
	 * @return the figures
	 */
	public ReviewFigures compute(InsightsQuery query) {
		Instant start = query.since().atStartOfDay(this.zone).toInstant();
		return compute(query, this.reviews.openOrApprovedSince(start), this.reviews.pendingOrDecidedSince(start));
	}

	ReviewFigures compute(InsightsQuery query, List<ReviewTiming> timings, List<SignoffTiming> signoffs) {
		Instant now = this.clock.instant();
		Instant start = query.since().atStartOfDay(this.zone).toInstant();
		WorkingDays days = new WorkingDays(this.calendar, this.zone);
		// with a role, only the reviews that need its sign-off
		Set<Long> ofRole = new HashSet<>();
		for (SignoffTiming s : signoffs) {
			if (query.role() != null && s.role() == query.role()) {
				ofRole.add(s.reviewId());
			}
		}
		Map<ReviewKind, List<Double>> kindDays = new EnumMap<>(ReviewKind.class);
		Map<ReviewKind, int[]> kindOpen = new EnumMap<>(ReviewKind.class);
		int open = 0;
		int overdue = 0;
		for (ReviewTiming review : timings) {
			if (query.role() != null && !ofRole.contains(review.reviewId())) {
				continue;
			}
			if (review.open()) {
				boolean late = review.dueAt().isBefore(now);
				int[] counts = kindOpen.computeIfAbsent(review.kind(), (k) -> new int[2]);
				counts[0]++;
				open++;
				if (late) {
					counts[1]++;
					overdue++;
				}
			}
			else if (!review.approvedAt().isBefore(start)) {
				kindDays.computeIfAbsent(review.kind(), (k) -> new ArrayList<>())
					.add(days.between(review.requestedAt(), review.approvedAt()));
			}
		}
		List<ReviewFigures.KindTurnaround> byKind = new ArrayList<>();
		for (ReviewKind kind : ReviewKind.values()) {
			List<Double> values = kindDays.getOrDefault(kind, List.of());
			int[] counts = kindOpen.getOrDefault(kind, new int[2]);
			if (!values.isEmpty() || counts[0] > 0) {
				byKind.add(new ReviewFigures.KindTurnaround(kind, Spread.of(values), counts[0], counts[1]));
			}
		}
		Map<Role, List<Double>> roleDays = new EnumMap<>(Role.class);
		Map<Role, int[]> rolePending = new EnumMap<>(Role.class);
		for (SignoffTiming s : signoffs) {
			if (!query.covers(s.role())) {
				continue;
			}
			if (s.decision() == SignoffTiming.Decision.PENDING) {
				if (s.reviewOpen()) {
					int[] counts = rolePending.computeIfAbsent(s.role(), (r) -> new int[2]);
					counts[0]++;
					if (s.dueAt().isBefore(now)) {
						counts[1]++;
					}
				}
			}
			else if (s.decidedAt() != null && !s.decidedAt().isBefore(start) && !Actor.VIOLET.is(s.decidedBy())) {
				// sign-offs Violet itself changed (a review sent back) are no one's
				// decision
				roleDays.computeIfAbsent(s.role(), (r) -> new ArrayList<>())
					.add(days.between(s.requestedAt(), s.decidedAt()));
			}
		}
		List<ReviewFigures.RoleTurnaround> byRole = new ArrayList<>();
		for (Role role : Role.values()) {
			List<Double> values = roleDays.getOrDefault(role, List.of());
			int[] counts = rolePending.getOrDefault(role, new int[2]);
			if (!values.isEmpty() || counts[0] > 0) {
				byRole.add(new ReviewFigures.RoleTurnaround(role, Spread.of(values), counts[0], counts[1]));
			}
		}
		return new ReviewFigures(query.since(), byKind, byRole, open, overdue, this.initiatives.byStage());
	}

}
