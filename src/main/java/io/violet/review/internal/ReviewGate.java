package io.violet.review.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The stage gate's rule: entering pre-deployment needs every required review that gates
 * it approved; entering production needs every required review approved. "Required" is
 * what the routing table gives for the initiative plus any review requested by hand.
 * {@code review.slack} words what is missing for the initiative's stage gate.
 */
@Component
public class ReviewGate {

	private final ReviewQueries reviews;

	ReviewGate(ReviewQueries reviews) {
		this.reviews = reviews;
	}

	/**
	 * The required reviews that hold an initiative from entering a stage.
	 * @param initiative the initiative
	 * @param target the stage it would enter
	 * @return one per review not approved yet, in the kinds' order; empty when it may
	 * enter
	 */
	public List<Missing> missing(InitiativeDetails initiative, Stage target) {
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
		List<Missing> missing = new ArrayList<>();
		for (ReviewKind kind : required) {
			if (target == Stage.PRE_DEPLOYMENT && kind.gates() != Stage.PRE_DEPLOYMENT) {
				continue;
			}
			ReviewSummary review = existing.get(kind);
			if (review == null || !review.approved()) {
				missing.add(new Missing(kind, review));
			}
		}
		return missing;
	}

	/**
	 * A required review that is not approved.
	 *
	 * @param kind its kind
	 * @param review where it stands, null when it is not requested yet
	 */
	public record Missing(ReviewKind kind, @Nullable ReviewSummary review) {

	}

}
