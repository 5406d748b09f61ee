package io.violet.review.slack;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.review.ReviewKind;
import io.violet.review.internal.ReviewEvents;
import io.violet.review.internal.ReviewOutcome;
import io.violet.slack.Mrkdwn;

/**
 * Decisions on a review: what the initiative's thread is told (a person's approval or
 * requested changes, Violet's own sign-off, a comment), and the answer to the person who
 * clicked or wrote.
 */
final class DecisionView {

	static final String GONE = "That review no longer exists.";

	private DecisionView() {
	}

	static String decided(ReviewEvents.Decided decided) {
		String title = decided.kind().title();
		if (decided.approve()) {
			return ":white_check_mark: " + Mrkdwn.user(decided.by()) + " approved the *" + title + " review* for "
					+ roles(decided.roles()) + " (" + decided.approvals() + "/" + decided.required() + " roles)."
					+ (decided.allApproved() ? "\n:tada: *" + title + "* is approved by every required role." : "");
		}
		String reason = (decided.reason() == null) ? "" : decided.reason();
		return ":leftwards_arrow_with_hook: " + Mrkdwn.user(decided.by()) + " requested changes to the *" + title
				+ " review* for " + roles(decided.roles()) + ":\n>"
				+ Mrkdwn.escapeAndTruncate(reason, 2500).replace("\n", "\n>");
	}

	/**
	 * What the initiative's owner is told of changes someone else requested.
	 */
	static String decidedForOwner(ReviewEvents.Decided decided) {
		return decided(decided) + "\n_(" + decided.initiativeKey() + ", your initiative)_";
	}

	static String settled(ReviewEvents.Settled settled) {
		String reason = Mrkdwn.escapeAndTruncate(settled.reason(), 500);
		return settled.met()
				? ":white_check_mark: The *" + settled.kind().title() + " review* is signed off: " + reason + "."
				: ":leftwards_arrow_with_hook: The *" + settled.kind().title() + " review* is open again: " + reason
						+ ".";
	}

	static String commented(ReviewEvents.Commented commented) {
		return ":speech_balloon: " + Mrkdwn.user(commented.by()) + " on the *" + commented.kind().title()
				+ " review*:\n>" + Mrkdwn.escapeAndTruncate(commented.comment(), 2800).replace("\n", "\n>");
	}

	/**
	 * The answer to the person whose click or form it was.
	 * @param outcome what it came to
	 * @return mrkdwn
	 */
	static String answer(ReviewOutcome outcome) {
		ReviewKind kind = outcome.review();
		if (kind == null) {
			return GONE;
		}
		String what = "the *" + kind.title() + " review* of *" + outcome.initiativeKey() + "*";
		return switch (outcome.kind()) {
			case UNKNOWN -> GONE;
			case AUTOMATIC -> ":information_source: No one decides " + what + ": Violet signs it off once "
					+ kind.automaticRule() + ".";
			case NOT_A_SIGNER ->
				":no_entry: Only owners and backups of " + roles(outcome.roles()) + " can decide " + what + ".";
			case ALREADY -> ":information_source: " + what + " was already "
					+ (outcome.approve() ? "approved" : "sent back for changes") + " for " + roles(outcome.roles())
					+ ((outcome.decidedBy() != null) ? " by " + Mrkdwn.user(outcome.decidedBy()) : "")
					+ ((outcome.decidedAt() != null) ? " on " + Mrkdwn.date(outcome.decidedAt()) : "")
					+ "; nothing changed.";
			case DECIDED -> (outcome.approve() ? ":white_check_mark: You approved "
					: ":leftwards_arrow_with_hook: You requested changes to ") + what + " for " + roles(outcome.roles())
					+ "." + (outcome.allApproved() ? " Every required role has approved it now." : "");
			case COMMENTED -> "Your comment is in the thread of " + outcome.initiativeKey() + ".";
		};
	}

	/**
	 * The answer without emoji and bold, for a modal's field error (plain text).
	 * @param outcome what it came to
	 * @return plain text
	 */
	static String plainAnswer(ReviewOutcome outcome) {
		return answer(outcome).replaceAll(":[a-z_]+: ", "").replace("*", "");
	}

	private static String roles(List<Role> roles) {
		return roles.stream().map((r) -> "*" + r.title() + "*").collect(Collectors.joining(", "));
	}

}
