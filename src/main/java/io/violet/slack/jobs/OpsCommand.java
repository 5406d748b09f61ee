package io.violet.slack.jobs;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.Administrators;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /violet ops failed [--page <n>]} lists the work Violet gave up on (Slack jobs
 * {@code J-n}, their effects {@code E-n}, and what other modules park, like tracker syncs
 * {@code T-n}), with the error and what to do; {@code /violet ops retry <id>…|all} arms
 * it again. Admins only.
 */
@Component
class OpsCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet ops failed [--page <n>]", "/violet ops retry <id>|all");

	private static final ArgSpec FAILED = ArgSpec.none().withOptions("--page");

	/** Two blocks per entry, within a message's 50 blocks and the reply's size. */
	static final int PAGE_SIZE = 10;

	private final ParkedWork parked;

	private final Administrators administrators;

	OpsCommand(ParkedWork parked, Administrators administrators) {
		this.parked = parked;
		this.administrators = administrators;
	}

	@Override
	public String subcommand() {
		return "ops";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		return invocation.word(0).equals("failed");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		if (!action.equals("failed") && !action.equals("retry")) {
			return Reply.unknownAction("ops", "parked work", action, USAGE);
		}
		if (!this.administrators.isAdmin(invocation.userId())) {
			return Reply.notAllowed((action.equals("failed") ? "list" : "retry") + " parked work", "Violet admins");
		}
		return action.equals("failed") ? failed(invocation) : retry(invocation);
	}

	private Reply failed(CommandInvocation invocation) {
		var args = FAILED.parse(invocation.argsAfter(1));
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(USAGE.get(0)));
		}
		if (args.size() > 0) {
			return Reply.usage("`failed` takes no words, only `--page <n>`.", List.of(USAGE.get(0)));
		}
		int page = 1;
		Token pageToken = args.value("--page");
		if (pageToken != null) {
			try {
				page = Integer.parseInt(pageToken.text());
			}
			catch (NumberFormatException ex) {
				page = 0;
			}
			if (page < 1) {
				return Reply.usage("`--page` takes a page number from 1.", List.of(USAGE.get(0)));
			}
		}
		List<ParkedWork.Entry> entries = this.parked.list();
		if (entries.isEmpty()) {
			return Reply.ephemeral(":white_check_mark: No parked work: everything Violet had to do in Slack "
					+ "and in the tracker is done or still being retried.");
		}
		int pages = (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE;
		if (page > pages) {
			return Reply.ephemeral("There is no page " + page + "; parked work fills " + pages
					+ ((pages == 1) ? " page." : " pages."));
		}
		return Reply.ephemeral(entries.size() + " parked", view(entries, page, pages));
	}

	static List<LayoutBlock> view(List<ParkedWork.Entry> entries, int page, int pages) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(section((s) -> s.text(markdownText("*Parked work* — " + entries.size()
				+ ((entries.size() == 1) ? " entry" : " entries") + ", page " + page + " of " + pages
				+ ". Retry one with `/violet ops retry <id>` or all with `/violet ops retry all`."))));
		int from = (page - 1) * PAGE_SIZE;
		for (ParkedWork.Entry entry : entries.subList(from, Math.min(entries.size(), from + PAGE_SIZE))) {
			String text = "*" + entry.id() + "* " + Mrkdwn.escapeAndTruncate(entry.what(), 300)
					+ ((entry.effect() != null) ? "\nEffect: `" + Mrkdwn.escapeAndTruncate(entry.effect(), 300) + "`"
							: "")
					+ "\nError: `" + Mrkdwn.escapeAndTruncate(entry.error(), 500) + "` · " + Mrkdwn.date(entry.at())
					+ " · " + entry.attempts() + ((entry.attempts() == 1) ? " attempt" : " attempts") + "\nWhat to do: "
					+ Mrkdwn.escapeAndTruncate(entry.whatToDo(), 1000);
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(text, 3000)))));
		}
		if (page < pages) {
			blocks.add(context(
					(c) -> c.elements(List.of(markdownText("Next: `/violet ops failed --page " + (page + 1) + "`")))));
		}
		return blocks;
	}

	private Reply retry(CommandInvocation invocation) {
		List<String> ids = invocation.argsAfter(1).stream().map(Token::text).toList();
		if (ids.isEmpty()) {
			return Reply.usage(
					"Name what to retry: an id from `/violet ops failed` (like `J-12`, `E-40` or `T-7`), or `all`.",
					List.of(USAGE.get(1)));
		}
		if (ids.stream().anyMatch((id) -> !id.matches("(?i)(all|[A-Z]-\\d{1,18})"))
				|| (ids.size() > 1 && ids.stream().anyMatch("all"::equalsIgnoreCase))) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(String.join(" ", ids), 60)
					+ "` is not a list of ids from `/violet ops failed` (like `J-12`, `E-40` or `T-7`) or `all`.",
					List.of(USAGE.get(1)));
		}
		ParkedWork.Retried result = this.parked.retry(ids, invocation.userId());
		if (result.armed().isEmpty()) {
			return Reply
				.ephemeral(ids.get(0).equalsIgnoreCase("all") ? "Nothing is parked." : ":warning: Nothing to retry: "
						+ String.join(" ", result.unknown()) + " is not parked (see `/violet ops failed`).");
		}
		return Reply
			.ephemeral(":repeat: Retrying " + String.join(" ", result.armed()) + " now." + (result.unknown().isEmpty()
					? "" : " Not parked, so left alone: " + String.join(" ", result.unknown()) + "."));
	}

}
