package io.violet.teaming.internal;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import io.violet.teaming.Finding;

import org.springframework.stereotype.Component;

/**
 * Keeps an initiative's violet-team review settled: signed off when every lens of its
 * session has answered and no high or critical finding of the initiative is open, open
 * again otherwise. Runs inside the caller's transaction.
 */
@Component
class TeamingReviewSettlement {

	private final TeamingLensRepository lenses;

	private final TeamingFindingRepository findings;

	private final Reviews reviews;

	TeamingReviewSettlement(TeamingLensRepository lenses, TeamingFindingRepository findings, Reviews reviews) {
		this.lenses = lenses;
		this.findings = findings;
		this.reviews = reviews;
	}

	void settle(String initiativeKey, TeamingSession session) {
		List<LensSheet> sheets = this.lenses.findBySessionIdOrderByIdAsc(session.id());
		long answered = sheets.stream().filter(LensSheet::answered).count();
		List<FindingEntity> holding = this.findings.findByInitiativeKeyOrderByNumberAsc(initiativeKey)
			.stream()
			.filter((f) -> f.open() && f.severity().holdsTheGate())
			.toList();
		boolean met = answered == sheets.size() && holding.isEmpty();
		String reason = answered + "/" + sheets.size() + " lenses of its violet-team session answered"
				+ (holding.isEmpty() ? ", no high or critical finding open" : "; " + holding.size()
						+ " high or critical finding" + (holding.size() == 1 ? "" : "s") + " open ("
						+ holding.stream().map((f) -> Finding.labelOf(f.number())).collect(Collectors.joining(", "))
						+ ")");
		this.reviews.settle(initiativeKey, ReviewKind.VIOLET_TEAM, met, reason);
	}

}
