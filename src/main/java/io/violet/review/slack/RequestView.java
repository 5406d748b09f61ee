package io.violet.review.slack;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.VioletSettings;
import io.violet.audit.Actor;
import io.violet.directory.Role;
import io.violet.initiative.ThreadMessage;
import io.violet.review.internal.ReviewEvents;
import io.violet.review.internal.ReviewEvents.RequestedReview;
import io.violet.slack.Mrkdwn;

/**
 * A review request: the post in the initiative's thread, the direct message asking each
 * owner for their sign-off, and the admins' notice of roles no one owns.
 */
final class RequestView {

	/** A few mentions per role keep the request within one section (3,000 characters). */
	private static final int MENTIONS_PER_ROLE = 8;

	private RequestView() {
	}

	static ThreadMessage thread(ReviewEvents.Requested requested) {
		RequestedReview review = requested.review();
		String head = ":clipboard: *" + review.kind().title() + " review* requested for *" + review.initiativeKey()
				+ "*" + (Actor.VIOLET.is(requested.requestedBy()) ? "" : " by " + Mrkdwn.user(requested.requestedBy()))
				+ "\n*Why:* " + Mrkdwn.escapeAndTruncate(review.reason(), 500) + "\n*Due:* "
				+ Mrkdwn.date(review.dueAt());
		if (review.kind().automatic()) {
			return ThreadMessage.of(head + "\n*Sign-off:* by Violet, once " + review.kind().automaticRule()
					+ " (gates _" + review.kind().gates().title() + "_)" + "\n_Basis: " + review.kind().basis() + "_");
		}
		StringBuilder signers = new StringBuilder();
		List<Role> unowned = requested.signers()
			.stream()
			.filter((s) -> s.owners().isEmpty())
			.map(ReviewEvents.Signers::role)
			.toList();
		for (ReviewEvents.Signers role : requested.signers()) {
			signers.append(signers.isEmpty() ? "" : " · ").append('*').append(role.role().title()).append("*: ");
			if (role.owners().isEmpty()) {
				signers.append(":warning: no owner");
				continue;
			}
			signers.append(role.owners()
				.stream()
				.limit(MENTIONS_PER_ROLE)
				.map(Mrkdwn::user)
				.collect(Collectors.joining(", ")));
			if (role.owners().size() > MENTIONS_PER_ROLE) {
				signers.append(" and ").append(role.owners().size() - MENTIONS_PER_ROLE).append(" more");
			}
		}
		String text = head + " (gates _" + review.kind().gates().title() + "_)\n*Sign-off, one approval per role:* "
				+ signers + "\n_Basis: " + review.kind().basis() + "_";
		if (!unowned.isEmpty()) {
			text += "\n:warning: No one owns "
					+ unowned.stream().map((r) -> "*" + r.title() + "*").collect(Collectors.joining(", "))
					+ ". Violet admins, assign owners with `/violet role assign " + unowned.get(0).key() + " @user`.";
		}
		return new ThreadMessage(text, ReviewButtons.of(review.reviewId()));
	}

	static ThreadMessage ownerAsked(ReviewEvents.OwnerAsked asked, VioletSettings violet) {
		RequestedReview review = asked.review();
		String text = ":clipboard: Your sign-off is needed as *"
				+ asked.roles().stream().map(Role::title).collect(Collectors.joining(", ")) + "*: *"
				+ review.kind().title() + " review* for *" + review.initiativeKey() + " "
				+ Mrkdwn.escapeAndTruncate(review.initiativeName(), 150) + "*.\n*Why:* "
				+ Mrkdwn.escapeAndTruncate(review.reason(), 500) + "\n*Due:* " + Mrkdwn.date(review.dueAt())
				+ "\nThe discussion is in the initiative's thread in " + Mrkdwn.channel(violet.initiativesChannel())
				+ ".";
		return new ThreadMessage(text, ReviewButtons.of(review.reviewId()));
	}

	static ThreadMessage unowned(ReviewEvents.Unowned unowned) {
		RequestedReview review = unowned.review();
		return ThreadMessage.of(":warning: The *" + review.kind().title() + " review* of *" + review.initiativeKey()
				+ " " + Mrkdwn.escapeAndTruncate(review.initiativeName(), 150) + "* needs a sign-off from "
				+ unowned.roles()
					.stream()
					.map((r) -> "*" + r.title() + "* (`" + r.key() + "`)")
					.collect(Collectors.joining(", "))
				+ ", but no one owns " + (unowned.roles().size() == 1 ? "that role" : "those roles")
				+ ". Assign owners with `/violet role assign <role> @user`.");
	}

}
