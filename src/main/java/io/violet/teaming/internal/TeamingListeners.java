package io.violet.teaming.internal;

import io.violet.directory.RoleAssigned;
import io.violet.initiative.ComponentAdded;
import io.violet.training.WorkshopArranged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What other modules' events change in violet-team sessions: a component added to the
 * ML-BOM may expose new threats (and so new questions), a role's new owner may fill a
 * lens that had nobody, and the training module answers a workshop request. All are safe
 * to run twice.
 */
@Component
class TeamingListeners {

	private static final String WORKSHOP_PREFIX = "teaming:";

	private final QuestionRefresh questions;

	private final OwnerAssignments owners;

	private final TeamingStarts starts;

	TeamingListeners(QuestionRefresh questions, OwnerAssignments owners, TeamingStarts starts) {
		this.questions = questions;
		this.owners = owners;
		this.starts = starts;
	}

	@ApplicationModuleListener
	void on(ComponentAdded event) {
		this.questions.refreshQuestions(event.initiativeKey());
	}

	@ApplicationModuleListener
	void on(RoleAssigned event) {
		if (!event.backup()) {
			this.owners.ownerAssigned(event.role(), event.userId());
		}
	}

	@ApplicationModuleListener
	void on(WorkshopArranged event) {
		if (event.reference().startsWith(WORKSHOP_PREFIX)) {
			try {
				long id = Long.parseLong(event.reference().substring(WORKSHOP_PREFIX.length()));
				this.starts.workshopArranged(id, event.sessionKey(), event.problem());
			}
			catch (NumberFormatException ex) {
				// another module's reference that happens to share the prefix
			}
		}
	}

}
