package io.violet.directory;

import io.violet.slack.Guests;

import org.springframework.stereotype.Component;

/**
 * Guests as the cached user facts know them; answered while Slack waits for the ack, so
 * never by asking Slack (a user not seen yet is looked up after the answer).
 */
@Component
class DirectoryGuests implements Guests {

	private final UserFacts facts;

	DirectoryGuests(UserFacts facts) {
		this.facts = facts;
	}

	@Override
	public boolean isGuest(String userId) {
		return this.facts.known(userId).map(UserFact::guest).orElse(false);
	}

	@Override
	public boolean isKnownGuest(String userId) {
		return this.facts.cached(userId).map(UserFact::guest).orElse(false);
	}

}
