package io.violet.training.internal;

import io.violet.training.Compliance;
import io.violet.training.SessionScheduled;
import io.violet.training.SessionStatus;
import io.violet.training.TrainingSessions;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Invites all staff to a session after it was scheduled: asking Slack for every member
 * takes longer than a command may.
 */
@Component
class AllStaffInvitations {

	private final TrainingSessions sessions;

	private final InvitationFanOut fanOut;

	private final Compliance compliance;

	AllStaffInvitations(TrainingSessions sessions, InvitationFanOut fanOut, Compliance compliance) {
		this.sessions = sessions;
		this.fanOut = fanOut;
		this.compliance = compliance;
	}

	@ApplicationModuleListener
	void on(SessionScheduled event) {
		this.sessions.find(event.sessionId())
			.filter((s) -> s.allStaff() && s.status() == SessionStatus.SCHEDULED)
			.ifPresent((s) -> this.fanOut.addInvitees(s.id(), this.compliance.allStaff()));
	}

}
