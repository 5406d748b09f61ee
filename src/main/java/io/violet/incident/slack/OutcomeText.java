package io.violet.incident.slack;

import io.violet.incident.internal.Outcome;
import io.violet.incident.internal.Outcome.Request;
import io.violet.incident.internal.ReportProblem;
import io.violet.slack.Mrkdwn;

/**
 * The words of an {@link Outcome} or a {@link ReportProblem}: what a user reads in reply
 * to a command, a button or a modal. An empty text means the surface they used shows the
 * change itself (a ticked box, a settled clock).
 */
final class OutcomeText {

	private static final String NOT_IN_ROOM = ":no_entry: This incident is private: only the people in its war room"
			+ " (as Slack last told Violet; if you just joined, try again in a moment)";

	private static final String LEGAL = "Only legal, the commander, security-architect owners and admins can ";

	private OutcomeText() {
	}

	static String of(Outcome outcome) {
		String label = outcome.label();
		Request request = outcome.request();
		return switch (outcome.result()) {
			case NOT_ALLOWED -> notAllowed(request);
			case NOT_IN_ROOM -> NOT_IN_ROOM
					+ ((request == Request.CHECKLIST) ? " can tick its checklist." : " can add to its timeline.");
			case NO_TEXT -> "Write the note after `note`.";
			case IN_THE_FUTURE -> "\"Became aware at\" cannot be in the future.";
			case NOT_RESOLVED -> "Resolve " + label + " first: `/violet incident status resolved`.";
			case ARCHIVED -> label + " is already archived; declare a new incident and link this one.";
			case UNCHANGED -> switch (request) {
				case STATUS, SEVERITY -> label + " already is *" + outcome.value() + "*.";
				case CHECKLIST -> "Already " + outcome.value() + ".";
				case CLOCK -> "Already recorded.";
				case CLOSE -> label + " is already closed.";
				case REOPEN -> label + " is open.";
				default -> "";
			};
			case DONE -> done(outcome);
		};
	}

	private static String done(Outcome outcome) {
		String label = outcome.label();
		return switch (outcome.request()) {
			case STATUS -> ":white_check_mark: " + label + " is now *" + outcome.value() + "*.";
			case SEVERITY -> ":white_check_mark: "
					+ label + " is now *" + outcome.value() + "*" + ((outcome.invited() > 0) ? "; inviting "
							+ outcome.invited() + " more " + ((outcome.invited() == 1) ? "person" : "people") : "")
					+ ".";
			case RESOLVE -> ":white_check_mark: " + label + " is resolved; the post-mortem draft follows.";
			case ROLE -> ":white_check_mark: " + Mrkdwn.user(outcome.value()) + " is now " + outcome.role() + " of "
					+ label + ".";
			case NOTE -> ":memo: Added to the timeline of " + label + ".";
			case MESSAGE -> ":memo: Added the message to the timeline of " + label + ".";
			case CLOSE -> ":lock: " + label + " is closed. The room is archived "
					+ ((outcome.archiveAt() != null) ? Mrkdwn.date(outcome.archiveAt()) : "soon")
					+ " unless someone types `/violet incident reopen`.";
			case REOPEN -> ":unlock: " + label + " is open again; it will not be archived.";
			case CHECKLIST, CLOCK, CLOCK_VARIANT, AWARE_AT -> "";
		};
	}

	static String of(ReportProblem problem) {
		return switch (problem.kind()) {
			case NO_TITLE -> "Give the incident a title.";
			case TITLE_TOO_LONG -> "The title is " + problem.length() + " characters long; keep it under "
					+ problem.limit() + " and put the details in *what happened*.";
			case DESCRIPTION_TOO_LONG -> "*What happened* can hold " + problem.limit() + " characters.";
			case UNKNOWN_INITIATIVE -> "There is no initiative `" + Mrkdwn.escapeAndTruncate(problem.initiative(), 40)
					+ "`; see `/violet initiative list`.";
		};
	}

	private static String notAllowed(Request request) {
		return switch (request) {
			case CLOCK -> LEGAL + "settle a regulatory clock.";
			case CLOCK_VARIANT -> LEGAL + "change a regulatory clock.";
			case AWARE_AT -> LEGAL + "move the \"became aware at\" time.";
			default -> ":no_entry: Only the incident's commander, security-architect owners and Violet admins can "
					+ switch (request) {
						case STATUS -> "change the status";
						case RESOLVE -> "resolve it";
						case SEVERITY -> "change the severity";
						case ROLE -> "change the roles";
						case CLOSE -> "close it";
						case REOPEN -> "reopen it";
						default -> "do that";
					} + ".";
		};
	}

}
