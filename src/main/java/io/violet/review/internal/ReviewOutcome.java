package io.violet.review.internal;

import java.time.Instant;
import java.util.List;

import io.violet.directory.Role;
import io.violet.review.ReviewKind;
import org.jspecify.annotations.Nullable;

/**
 * What a decision or a comment came to, or why someone may not decide a review; the Slack
 * adapter tells the person in its own words.
 *
 * @param kind what happened
 * @param review the review's kind, null when there is no such review
 * @param initiativeKey the review's initiative, empty when there is no such review
 * @param approve for a decision: whether it approved (else requested changes)
 * @param roles the roles decided for; for {@link Kind#ALREADY} the first of them; for
 * {@link Kind#NOT_A_SIGNER} every role that may decide
 * @param decidedBy who decided or commented; for {@link Kind#ALREADY} who decided that
 * role before, if known; null for a refusal
 * @param decidedAt when; for {@link Kind#ALREADY} when that role was decided, if known;
 * null for a refusal
 * @param allApproved for a decision: whether every role has approved now
 */
public record ReviewOutcome(Kind kind, @Nullable ReviewKind review, String initiativeKey, boolean approve,
		List<Role> roles, @Nullable String decidedBy, @Nullable Instant decidedAt, boolean allApproved) {

	public ReviewOutcome {
		roles = List.copyOf(roles);
	}

	static ReviewOutcome unknown() {
		return new ReviewOutcome(Kind.UNKNOWN, null, "", false, List.of(), null, null, false);
	}

	static ReviewOutcome automatic(Review review) {
		return new ReviewOutcome(Kind.AUTOMATIC, review.kind(), review.initiativeKey(), false, List.of(), null, null,
				false);
	}

	static ReviewOutcome notASigner(Review review, List<Role> signers) {
		return new ReviewOutcome(Kind.NOT_A_SIGNER, review.kind(), review.initiativeKey(), false, signers, null, null,
				false);
	}

	/**
	 * Whether the person's click or form did nothing because it may not (no such review,
	 * one Violet decides, or they hold none of its roles).
	 * @return true when refused
	 */
	public boolean refused() {
		return this.kind == Kind.UNKNOWN || this.kind == Kind.AUTOMATIC || this.kind == Kind.NOT_A_SIGNER;
	}

	/**
	 * What happened.
	 */
	public enum Kind {

		/** The decision is recorded. */
		DECIDED,

		/** The comment is in the thread. */
		COMMENTED,

		/** The person's roles had decided so already; nothing changed. */
		ALREADY,

		/** Violet signs off this kind; no one decides it. */
		AUTOMATIC,

		/** The person holds none of the roles that decide the review. */
		NOT_A_SIGNER,

		/** There is no such review. */
		UNKNOWN

	}

}
