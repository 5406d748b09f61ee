package io.violet.review.internal;

import java.time.Instant;
import java.util.List;

import io.violet.directory.Role;
import io.violet.review.ReviewKind;
import org.jspecify.annotations.Nullable;

/**
 * What the review domain tells its own Slack adapter ({@code review.slack} words each
 * message), inside the transaction that made the change: the adapter queues the
 * initiative's thread posts and direct messages there, so that they exist exactly when
 * the change commits. Text in these facts is plain, as people typed it.
 */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	/**
	 * A review as its request shows it.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative, e.g. {@code AI-7}
	 * @param initiativeName its name
	 * @param kind the review's kind
	 * @param reason why it applies
	 * @param dueAt when it is due
	 */
	public record RequestedReview(long reviewId, String initiativeKey, String initiativeName, ReviewKind kind,
			String reason, Instant dueAt) {

	}

	/**
	 * A review was requested; the initiative's thread is told.
	 *
	 * @param review the review
	 * @param requestedBy a Slack user id, or {@code violet}
	 * @param signers every role whose approval it needs, with that role's owners (none
	 * for a kind Violet signs off)
	 */
	public record Requested(RequestedReview review, String requestedBy, List<Signers> signers) {

		public Requested {
			signers = List.copyOf(signers);
		}

	}

	/**
	 * A role a review needs and the people who own it.
	 *
	 * @param role the role
	 * @param owners its owners, primary first; empty when no one owns it
	 */
	public record Signers(Role role, List<String> owners) {

		public Signers {
			owners = List.copyOf(owners);
		}

	}

	/**
	 * An owner is asked for their sign-off, by direct message.
	 *
	 * @param review the review
	 * @param owner who is asked
	 * @param roles the roles they sign off for
	 */
	public record OwnerAsked(RequestedReview review, String owner, List<Role> roles) {

		public OwnerAsked {
			roles = List.copyOf(roles);
		}

	}

	/**
	 * A review needs roles that no one owns; Violet's admins are asked to assign owners.
	 *
	 * @param review the review
	 * @param roles the roles without an owner
	 * @param admins the admins told
	 */
	public record Unowned(RequestedReview review, List<Role> roles, List<String> admins) {

		public Unowned {
			roles = List.copyOf(roles);
			admins = List.copyOf(admins);
		}

	}

	/**
	 * Violet signed off a review it decides, or opened it again.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param met whether its rule is met (signed off) or no longer is (open again)
	 * @param reason the state in plain words
	 */
	public record Settled(long reviewId, String initiativeKey, ReviewKind kind, boolean met, String reason) {

	}

	/**
	 * Someone approved a review or requested changes, for the roles they hold.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param by who decided
	 * @param approve true for an approval, false for changes requested
	 * @param roles the roles whose sign-off changed
	 * @param approvals how many of the review's roles have approved now
	 * @param required how many roles the review needs
	 * @param allApproved whether every role has approved now
	 * @param reason the reason given, if any
	 * @param initiativeOwner the initiative's owner to tell of changes requested by
	 * someone else, null when no one is told
	 */
	public record Decided(long reviewId, String initiativeKey, ReviewKind kind, String by, boolean approve,
			List<Role> roles, long approvals, int required, boolean allApproved, @Nullable String reason,
			@Nullable String initiativeOwner) {

		public Decided {
			roles = List.copyOf(roles);
		}

	}

	/**
	 * Someone commented on a review.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param by who commented
	 * @param comment the comment
	 */
	public record Commented(long reviewId, String initiativeKey, ReviewKind kind, String by, String comment) {

	}

	/**
	 * An owner is reminded, a business day before the due date, of a sign-off they owe.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param dueAt when it is due
	 * @param role the role that has not decided
	 * @param owner who is reminded
	 */
	public record Nudged(long reviewId, String initiativeKey, ReviewKind kind, Instant dueAt, Role role, String owner) {

	}

	/**
	 * A review is overdue; the initiative's thread is told once.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param dueAt when it was due
	 * @param undecided the roles that have not decided (empty when it waits for changes)
	 */
	public record Overdue(long reviewId, String initiativeKey, ReviewKind kind, Instant dueAt, List<Role> undecided) {

		public Overdue {
			undecided = List.copyOf(undecided);
		}

	}

	/**
	 * Someone is asked to step in for a role that has not decided an overdue review: a
	 * backup of the role, or an admin when it has none.
	 *
	 * @param reviewId the review
	 * @param initiativeKey the initiative
	 * @param kind the review's kind
	 * @param dueAt when it was due
	 * @param role the role that has not decided
	 * @param recipient who is asked
	 * @param backup whether they back up the role (else they are an admin)
	 * @param owners the role's owners
	 */
	public record Escalated(long reviewId, String initiativeKey, ReviewKind kind, Instant dueAt, Role role,
			String recipient, boolean backup, List<String> owners) {

		public Escalated {
			owners = List.copyOf(owners);
		}

	}

}
