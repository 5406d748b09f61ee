package io.violet.review.slack;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.review.ReviewSummary;
import io.violet.slack.Mrkdwn;

/**
 * One line per review, for lists and the App Home.
 */
final class ReviewLines {

	private ReviewLines() {
	}

	static String line(ReviewSummary review) {
		return "• `" + review.initiativeKey() + "` *" + review.kind().title() + "* — waiting for "
				+ roles(review.waitingFor())
				+ (review.changesRequestedBy().isEmpty() ? ""
						: " (changes requested by " + roles(review.changesRequestedBy()) + ")")
				+ " · due " + Mrkdwn.date(review.dueAt(), "{date_short_pretty}");
	}

	private static String roles(List<Role> roles) {
		return roles.stream().map(Role::title).collect(Collectors.joining(", "));
	}

}
