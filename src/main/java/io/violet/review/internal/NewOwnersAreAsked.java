package io.violet.review.internal;

import io.violet.directory.RoleAssigned;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The first owner of a role that had none is asked for the sign-offs the role owes, so
 * that a review waiting on an unowned role moves once an admin fills it. Safe to run
 * twice: each request is sent once per review and person.
 */
@Component
class NewOwnersAreAsked {

	private final ReviewRequests reviews;

	NewOwnersAreAsked(ReviewRequests reviews) {
		this.reviews = reviews;
	}

	@ApplicationModuleListener
	void on(RoleAssigned event) {
		if (!event.backup()) {
			this.reviews.askNewOwner(event.role(), event.userId());
		}
	}

}
