package io.violet.review.slack;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.initiative.StageGate;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.internal.ReviewGate;
import io.violet.review.internal.ReviewQueries;
import io.violet.slack.Mrkdwn;

import org.springframework.stereotype.Component;

/**
 * The reviews' part of the initiative's stage gate, in words: one line per required
 * review that holds a stage ({@link ReviewGate} decides which), and where each review
 * stands for the initiative's card.
 */
@Component
class ReviewStageGate implements StageGate {

	private final ReviewGate gate;

	private final ReviewQueries reviews;

	ReviewStageGate(ReviewGate gate, ReviewQueries reviews) {
		this.gate = gate;
		this.reviews = reviews;
	}

	@Override
	public List<String> missingApprovals(InitiativeDetails initiative, Stage target) {
		return this.gate.missing(initiative, target).stream().map((m) -> line(initiative, m)).toList();
	}

	private static String line(InitiativeDetails initiative, ReviewGate.Missing missing) {
		ReviewKind kind = missing.kind();
		ReviewSummary review = missing.review();
		if (review == null) {
			return "*" + kind.title() + "* — not requested yet (`/violet review request " + initiative.key() + " "
					+ kind.key() + "`)";
		}
		if (kind.automatic()) {
			return "*" + kind.title() + "* — signed off by Violet once " + kind.automaticRule();
		}
		return "*" + kind.title() + "* — waiting for " + roles(review.waitingFor());
	}

	@Override
	public List<ReviewState> reviews(String initiativeKey) {
		return this.reviews.summaries(initiativeKey)
			.stream()
			.map((r) -> new ReviewState(r.kind().key(), r.kind().title(), r.approved(), progress(r)))
			.toList();
	}

	private static String progress(ReviewSummary review) {
		if (review.approved()) {
			return review.kind().automatic() ? "signed off by Violet" : "approved";
		}
		if (review.kind().automatic()) {
			return "signed off by Violet once " + review.kind().automaticRule();
		}
		StringBuilder text = new StringBuilder("waiting for ").append(roles(review.waitingFor()));
		if (!review.changesRequestedBy().isEmpty()) {
			text.append(" · changes requested by ").append(roles(review.changesRequestedBy()));
		}
		text.append(" · due ").append(Mrkdwn.date(review.dueAt(), "{date_short_pretty}"));
		return text.toString();
	}

	private static String roles(List<Role> roles) {
		return roles.stream().map(Role::title).collect(Collectors.joining(", "));
	}

}
