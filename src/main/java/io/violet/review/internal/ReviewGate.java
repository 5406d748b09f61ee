package io.violet.review.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.initiative.StageGate;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.slack.Mrkdwn;

import org.springframework.stereotype.Component;

/**
 * The stage gate: entering pre-deployment needs every required review that gates it
 * approved; entering production needs every required review approved. "Required" is what
 * the routing table gives for the initiative plus any review requested by hand.
 */
@Component
class ReviewGate implements StageGate {

	private final ReviewService reviews;

	ReviewGate(ReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public List<String> missingApprovals(InitiativeDetails initiative, Stage target) {
		if (target != Stage.PRE_DEPLOYMENT && target != Stage.IN_PRODUCTION) {
			return List.of();
		}
		Map<ReviewKind, ReviewSummary> existing = new EnumMap<>(ReviewKind.class);
		this.reviews.summaries(initiative.key()).forEach((r) -> existing.put(r.kind(), r));
		Set<ReviewKind> required = new LinkedHashSet<>();
		for (ReviewKind kind : ReviewKind.values()) {
			if (existing.containsKey(kind) || !kind.reasonsFor(initiative).isEmpty()) {
				required.add(kind);
			}
		}
		List<String> missing = new ArrayList<>();
		for (ReviewKind kind : required) {
			if (target == Stage.PRE_DEPLOYMENT && kind.gates() != Stage.PRE_DEPLOYMENT) {
				continue;
			}
			ReviewSummary review = existing.get(kind);
			if (review == null) {
				missing.add("*" + kind.title() + "* — not requested yet (`/violet review request " + initiative.key()
						+ " " + kind.key() + "`)");
			}
			else if (!review.approved() && kind.automatic()) {
				missing.add("*" + kind.title() + "* — signed off by Violet once " + kind.automaticRule());
			}
			else if (!review.approved()) {
				missing.add("*" + kind.title() + "* — waiting for " + roles(review.waitingFor()));
			}
		}
		return missing;
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
