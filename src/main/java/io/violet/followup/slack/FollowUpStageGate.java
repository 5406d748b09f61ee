package io.violet.followup.slack;

import java.util.ArrayList;
import java.util.List;

import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Stage;
import io.violet.initiative.StageGate;
import io.violet.slack.Mrkdwn;

import org.springframework.stereotype.Component;

/**
 * The follow-ups' part of the stage gate: an initiative cannot move into production while
 * a high or critical follow-up of it is open. Each such follow-up is one line of the
 * refusal; one of a private incident is named by its key and severity only, since the
 * refusal may reach someone outside its room.
 */
@Component
class FollowUpStageGate implements StageGate {

	private final FollowUpQueries queries;

	FollowUpStageGate(FollowUpQueries queries) {
		this.queries = queries;
	}

	@Override
	public List<String> missingApprovals(InitiativeDetails initiative, Stage target) {
		if (target != Stage.IN_PRODUCTION) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		for (FollowUp followUp : this.queries.blockingProduction(initiative.key())) {
			String what = followUp.privateIncident() ? "of a private incident; its room sees the details"
					: Mrkdwn.escapeAndTruncate(followUp.text(), 150) + " — " + Mrkdwn.user(followUp.ownerId());
			lines.add("*Follow-up " + followUp.key() + "* (" + followUp.severity().key() + ") is open: " + what
					+ " (`/violet follow-up done " + followUp.key() + "`)");
		}
		return lines;
	}

}
