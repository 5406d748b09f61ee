package io.violet.review.scan.slack;

import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.initiative.Initiatives;
import io.violet.review.scan.ScanConsequences;
import io.violet.review.scan.ScanOutcome;
import io.violet.review.scan.ScanReport;
import io.violet.review.scan.ScanResult;
import io.violet.slack.Mrkdwn;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells an initiative's thread of each recorded scan, queued in the transaction that
 * stored it (the thread's outbox sends it after the commit): the result, what became of
 * the model-scan review, and for a failing scan whom it asks to triage.
 */
@Component
class ScanNotes {

	private final Initiatives initiatives;

	ScanNotes(Initiatives initiatives) {
		this.initiatives = initiatives;
	}

	@EventListener
	void on(ScanConsequences consequences) {
		this.initiatives.noteInThread(consequences.result().initiativeKey(), note(consequences));
	}

	static String note(ScanConsequences consequences) {
		return result(consequences) + "\n" + review(consequences);
	}

	private static String review(ScanConsequences consequences) {
		return switch (consequences.review()) {
			case SENT_BACK -> ":leftwards_arrow_with_hook: The *Model scan review* is sent back: it needs new "
					+ "approvals before _In production_.";
			case REQUIRED ->
				":clipboard: A *Model scan review* is now required: it must be approved before _In production_.";
			case NO_REVIEW -> "_Noted; this initiative has no Model scan review._";
			case NOTED_APPROVED -> "_Noted on the *Model scan review*, which is approved._";
			case NOTED_OPEN -> "_Noted on the *Model scan review*, which is open (waiting for "
					+ consequences.waitingFor().stream().map(Role::title).collect(Collectors.joining(", ")) + ")._";
		};
	}

	private static String result(ScanConsequences consequences) {
		ScanResult result = consequences.result();
		StringBuilder text = new StringBuilder();
		boolean failed = result.outcome() == ScanOutcome.FAIL;
		text.append(failed ? ":rotating_light: *Model scan failed*: " : ":white_check_mark: *Model scan passed*: ")
			.append('`')
			.append(Mrkdwn.escapeAndTruncate(result.coordinates().replace('`', '\''), 300))
			.append("` by ")
			.append(Mrkdwn.escapeAndTruncate(result.tool(), 100));
		ScanReport.Findings findings = result.findings();
		text.append(" — findings: ")
			.append(findings.critical())
			.append(" critical · ")
			.append(findings.high())
			.append(" high · ")
			.append(findings.medium())
			.append(" medium · ")
			.append(findings.low())
			.append(" low");
		text.append(" (reported by ")
			.append(result.reportedBy().startsWith("pipeline:")
					? "pipeline " + Mrkdwn.escape(result.reportedBy().substring("pipeline:".length()))
					: Mrkdwn.user(result.reportedBy()))
			.append(')');
		if (result.summary() != null) {
			text.append("\n> ").append(Mrkdwn.escapeAndTruncate(result.summary(), 2000).replace("\n", "\n> "));
		}
		if (result.reportUrl() != null) {
			text.append('\n').append(Mrkdwn.link(result.reportUrl(), "Full report"));
		}
		if (failed) {
			if (consequences.triagers().isEmpty()) {
				text.append("\nNo threat-analyst or ml-engineer owners are set: an admin should assign them with ")
					.append("`/violet role assign`.");
			}
			else {
				text.append("\ncc ")
					.append(consequences.triagers().stream().map(Mrkdwn::user).collect(Collectors.joining(" ")))
					.append(" — please triage this scan.");
			}
		}
		return text.toString();
	}

}
