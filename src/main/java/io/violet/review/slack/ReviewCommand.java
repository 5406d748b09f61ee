package io.violet.review.slack;

import java.util.List;
import java.util.Optional;

import io.violet.directory.Directory;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.review.Requirement;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.internal.ReviewQueries;
import io.violet.review.internal.ReviewRequests;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;

import org.springframework.stereotype.Component;

/**
 * {@code /violet review …}: request a review by hand, list open reviews.
 */
@Component
class ReviewCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet review request <KEY> <kind>", "/violet review list [mine]");

	private static final int LIST_MAX = 40;

	private final ReviewRequests requests;

	private final ReviewQueries reviews;

	private final Initiatives initiatives;

	private final Directory directory;

	ReviewCommand(ReviewRequests requests, ReviewQueries reviews, Initiatives initiatives, Directory directory) {
		this.requests = requests;
		this.reviews = reviews;
		this.initiatives = initiatives;
		this.directory = directory;
	}

	@Override
	public String subcommand() {
		return "review";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		// a guest's own reviews ("list mine") are theirs to see
		return invocation.word(0).equals("list") && !invocation.word(1).equals("mine");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		List<Token> rest = invocation.argsAfter(1);
		return switch (action) {
			case "request" -> request(invocation, rest);
			case "list" -> list(invocation, rest);
			default -> Reply.unknownAction("review", "reviews", action, USAGE);
		};
	}

	private Reply request(CommandInvocation invocation, List<Token> rest) {
		if (rest.size() != 2) {
			return Reply.usage("Name an initiative and a review kind.", List.of(USAGE.get(0)));
		}
		String key = rest.get(0).text();
		Optional<InitiativeDetails> initiative = this.initiatives.details(key);
		if (initiative.isEmpty()) {
			return Reply.usage("There is no initiative `" + Mrkdwn.escape(Mrkdwn.truncate(key, 30))
					+ "`. Keys look like `AI-7`; `/violet initiative list` shows them.", List.of(USAGE.get(0)));
		}
		Optional<ReviewKind> kind = ReviewKind.fromKey(rest.get(1).text());
		if (kind.isEmpty()) {
			return Reply.usage("Unknown review kind `" + Mrkdwn.escape(Mrkdwn.truncate(rest.get(1).text(), 30))
					+ "`. Kinds: " + ReviewKind.allKeys() + ".", List.of(USAGE.get(0)));
		}
		String user = invocation.userId();
		if (!user.equals(initiative.get().ownerId()) && !this.directory.isAdmin(user)) {
			return Reply.notAllowed("request reviews for " + initiative.get().key(),
					"its owner (" + Mrkdwn.user(initiative.get().ownerId()) + ") and Violet admins");
		}
		Requirement result = this.requests.require(initiative.get().key(), kind.get(), "requested by hand by " + user,
				user);
		String what = "*" + kind.get().title() + " review* for *" + initiative.get().key() + "*";
		return switch (result.outcome()) {
			case REQUESTED -> Reply.ephemeral(":white_check_mark: Requested the " + what
					+ "; its owners are being asked in the thread and by direct message.");
			case ALREADY_REQUESTED -> Reply.ephemeral(":information_source: " + initiative.get().key()
					+ " already has a " + what.replace(" for *" + initiative.get().key() + "*", "")
					+ "; nothing changed. `/violet initiative show " + initiative.get().key()
					+ "` shows where it stands.");
			case RETIRED -> Reply.ephemeral(initiative.get().key() + " is retired; it takes no new reviews.");
			case UNKNOWN_INITIATIVE ->
				Reply.usage("There is no initiative `" + Mrkdwn.escape(key) + "`.", List.of(USAGE.get(0)));
		};
	}

	private Reply list(CommandInvocation invocation, List<Token> rest) {
		boolean mine = rest.size() == 1 && rest.get(0).text().equalsIgnoreCase("mine");
		if (rest.size() > 1 || (rest.size() == 1 && !mine)) {
			return Reply.usage("`review list` takes nothing or `mine`.", List.of(USAGE.get(1)));
		}
		List<ReviewSummary> open = mine ? this.reviews.waitingFor(invocation.userId()) : this.reviews.open();
		if (open.isEmpty()) {
			return Reply.ephemeral(mine ? "No review is waiting for you." : "No review is open.");
		}
		StringBuilder text = new StringBuilder(mine ? "*Reviews waiting for you*" : "*Open reviews*").append(" (")
			.append(open.size())
			.append(')');
		for (ReviewSummary review : open.subList(0, Math.min(LIST_MAX, open.size()))) {
			text.append('\n').append(ReviewLines.line(review));
		}
		if (open.size() > LIST_MAX) {
			text.append("\n…and ").append(open.size() - LIST_MAX).append(" more.");
		}
		return Reply.ephemeral(text.toString());
	}

}
