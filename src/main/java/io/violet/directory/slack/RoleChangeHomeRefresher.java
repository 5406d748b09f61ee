package io.violet.directory.slack;

import io.violet.directory.RoleAssigned;
import io.violet.directory.RoleUnassigned;
import io.violet.slack.AppHome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a person's App Home in step with the roles they hold: queues a refresh (Slack
 * work, run after the listener's transaction commits), so no Slack call is made while the
 * listener's transaction holds a connection.
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
