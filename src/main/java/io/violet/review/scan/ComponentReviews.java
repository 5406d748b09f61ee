package io.violet.review.scan;

import io.violet.audit.Actor;
import io.violet.initiative.ComponentAdded;
import io.violet.review.Requirement;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Requires the reviews an ML-BOM change calls for (CONTENT.md, "Reviews → triggers"): an
 * outside component (added with a supplier) the supply-chain review, an outside model
 * also the procurement review, a dataset with personal data the privacy review. A review
 * the initiative already has is kept; a missing one is requested in the thread. Running
 * twice changes nothing: a review of a kind exists once per initiative.
 */
@Component
class ComponentReviews {

	private static final Logger log = LoggerFactory.getLogger(ComponentReviews.class);

	private final Reviews reviews;

	ComponentReviews(Reviews reviews) {
		this.reviews = reviews;
	}

	@ApplicationModuleListener
	void on(ComponentAdded event) {
		String what = event.kind() + " " + event.coordinates();
		if (event.outside()) {
			require(event, ReviewKind.SUPPLY_CHAIN,
					"Outside component in the ML-BOM: " + what + " (added with a supplier; ATLAS AML.T0010)");
			if (event.isModel()) {
				require(event, ReviewKind.PROCUREMENT, "Outside model in the ML-BOM: " + what);
			}
		}
		if (event.personalData()) {
			require(event, ReviewKind.PRIVACY, "Dataset with personal data in the ML-BOM: " + what);
		}
	}

	private void require(ComponentAdded event, ReviewKind kind, String reason) {
		Requirement requirement = this.reviews.require(event.initiativeKey(), kind, reason, Actor.VIOLET.id());
		log.debug("{} review for {} after {}: {}", kind, event.initiativeKey(), event.coordinates(),
				requirement.outcome());
	}

}
