package io.violet.initiative.slack;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.RiskTier;
import io.violet.initiative.internal.InitiativeService;
import io.violet.slack.Mrkdwn;

/**
 * What the creator sees once an initiative exists.
 */
final class Confirmations {

	private Confirmations() {
	}

	static String created(InitiativeDetails initiative, InitiativeService service) {
		StringBuilder text = new StringBuilder(":white_check_mark: Created *").append(initiative.key())
			.append("* ")
			.append(Mrkdwn.escapeAndTruncate(initiative.name(), 200))
			.append(", owned by ")
			.append(Mrkdwn.user(initiative.ownerId()))
			.append(". Its thread and the reviews it needs are being posted in the initiatives channel.");
		if (initiative.riskTier() == RiskTier.PROHIBITED) {
			text.append("\n:rotating_light: As a prohibited practice it has been flagged to legal and compliance "
					+ "and cannot leave _proposed_.");
		}
		return text.toString();
	}

}
