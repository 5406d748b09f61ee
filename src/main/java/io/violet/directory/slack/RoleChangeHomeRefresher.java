package io.violet.directory.slack;

import io.violet.directory.RoleAssigned;
import io.violet.directory.RoleUnassigned;
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

	RoleChangeHomeRefresher(AppHome home) {
		this.home = home;
	}

	@ApplicationModuleListener
	void on(RoleAssigned event) {
		this.home.refresh(event.userId());
	}

	@ApplicationModuleListener
	void on(RoleUnassigned event) {
		this.home.refresh(event.userId());
	}

}
