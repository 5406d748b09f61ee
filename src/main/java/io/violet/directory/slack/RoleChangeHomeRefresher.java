package io.violet.directory.slack;

import io.violet.directory.RoleAssigned;
import io.violet.directory.RoleUnassigned;
import io.violet.directory.UserFacts;
import io.violet.slack.AppHome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's App Home in step with the roles they hold. Publishing a Home is safe
 * to repeat, so a retried event does no harm.
 */
@Component
class RoleChangeHomeRefresher {

	private final AppHome home;

	private final UserFacts facts;

	RoleChangeHomeRefresher(AppHome home, UserFacts facts) {
		this.home = home;
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(RoleAssigned event) {
		this.home.refresh(event.userId());
	}

	@ApplicationModuleListener
	void on(RoleUnassigned event) {
		// a deactivated user has no Home to show it on
		if (this.facts.cached(event.userId()).map((fact) -> !fact.deactivated()).orElse(true)) {
			this.home.refresh(event.userId());
		}
	}

}
