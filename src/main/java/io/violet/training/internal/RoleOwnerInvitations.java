package io.violet.training.internal;

import io.violet.training.SessionScheduled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites a scheduled session's role owners once the schedule command was answered:
 * thousands of invitation and message rows take longer than Slack's three seconds. The
 * event's publication is stored with the session, so a restart still invites them.
 */
@Component
class RoleOwnerInvitations {

	private final InvitationFanOut fanOut;

	RoleOwnerInvitations(InvitationFanOut fanOut) {
		this.fanOut = fanOut;
	}

	@ApplicationModuleListener
	void on(SessionScheduled event) {
		this.fanOut.inviteRoleOwners(event.sessionId());
	}

}
