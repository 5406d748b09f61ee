package io.violet.teaming.slack;

import java.util.List;

import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.teaming.Finding;
import io.violet.teaming.Resolution;

/**
 * What closing or reassigning a finding answers.
 */
final class ResolutionReplies {

	private ResolutionReplies() {
	}

	static Reply resolved(Resolution result, String key, int number) {
		Finding finding = result.finding();
		String label = Mrkdwn.escapeAndTruncate(key, 30).toUpperCase(java.util.Locale.ROOT) + " "
				+ Finding.labelOf(number);
		return switch (result.outcome()) {
			case UNKNOWN -> Reply.usage("There is no finding " + label + "; `/violet teaming show "
					+ Mrkdwn.escapeAndTruncate(key, 30) + "` lists them.", List.of(TeamingCommand.USAGE_RESOLVE));
			case NOT_ALLOWED -> Reply.notAllowed("close " + label,
					"its owner (" + Mrkdwn.user(finding.owner()) + ") and Violet admins");
			case ALREADY_RESOLVED -> Reply.ephemeral(":information_source: " + label + " was already closed by "
					+ Mrkdwn.user(finding.resolvedBy() != null ? finding.resolvedBy() : finding.owner())
					+ "; nothing changed.");
			case INVALID -> Reply.usage("Give the mitigation in quotes, at most 2,000 characters.",
					List.of(TeamingCommand.USAGE_RESOLVE));
			case RESOLVED ->
				Reply.ephemeral(":white_check_mark: Closed " + label + " (" + finding.severity().title() + ", "
						+ finding.lens().title() + ") with your mitigation; it is in the thread and the audit trail.");
		};
	}

	static Reply reassigned(Resolution result, String key, int number, String owner) {
		Finding finding = result.finding();
		String label = Mrkdwn.escapeAndTruncate(key, 30).toUpperCase(java.util.Locale.ROOT) + " "
				+ Finding.labelOf(number);
		return switch (result.outcome()) {
			case UNKNOWN -> Reply.usage("There is no finding " + label + ".", List.of(TeamingCommand.USAGE_ASSIGN));
			case NOT_ALLOWED -> Reply.notAllowed("reassign " + label,
					"its owner (" + Mrkdwn.user(finding.owner()) + "), the initiative's owner and Violet admins");
			case ALREADY_RESOLVED ->
				Reply.ephemeral(":information_source: " + label + " is closed; it needs no owner.");
			case INVALID, RESOLVED -> Reply.ephemeral(
					":white_check_mark: " + label + " is now owned by " + Mrkdwn.user(owner) + "; they were told.");
		};
	}

}
