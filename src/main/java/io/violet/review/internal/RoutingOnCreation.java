package io.violet.review.internal;

import io.violet.initiative.InitiativeCreated;
import io.violet.initiative.Initiatives;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests the reviews a new initiative needs in the transaction that creates it, so that
 * an initiative never exists without its reviews.
 */
@Component
class RoutingOnCreation {

	private final ReviewRequests reviews;

	private final Initiatives initiatives;

	RoutingOnCreation(ReviewRequests reviews, Initiatives initiatives) {
		this.reviews = reviews;
		this.initiatives = initiatives;
	}

	@EventListener
	void on(InitiativeCreated event) {
		this.initiatives.details(event.key()).ifPresent((i) -> this.reviews.requestRouted(i, event.createdBy()));
	}

}
