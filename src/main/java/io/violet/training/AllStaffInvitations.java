package io.violet.training;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites all staff to a session after it was scheduled: asking Slack for every member
 * takes longer than a command may.
 */
@Component
class AllStaffInvitations {

	private final TrainingSessions sessions;

	private final Compliance compliance;

	AllStaffInvitations(TrainingSessions sessions, Compliance compliance) {
		this.sessions = sessions;
		this.compliance = compliance;
	}

	@ApplicationModuleListener
	void on(SessionScheduled event) {
		this.sessions.find(event.sessionId())
			.filter((s) -> s.allStaff() && s.status() == SessionStatus.SCHEDULED)
			.ifPresent((s) -> this.sessions.addInvitees(s.id(), this.compliance.allStaff()));
	}

}
