package io.violet.audit.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.violet.audit.AuditExport;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.slack.Administrators;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;

import org.springframework.stereotype.Component;

/**
 * {@code /violet audit [--since yyyy-MM-dd] [--page n]}: the trail for admins, most
 * recent first.
 */
@Component
class AuditCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet audit [--since yyyy-MM-dd] [--page <n>]",
			"/violet audit export [--since yyyy-MM-dd]");

	private static final ArgSpec EXPORT = ArgSpec.none().withOptions("--since");

	private static final ArgSpec SPEC = ArgSpec.none().withOptions("--since", "--page");

	private static final int PAGE_SIZE = 20;

	private final AuditTrail trail;

	private final Administrators administrators;

	private final AuditExport export;

	AuditCommand(AuditTrail trail, Administrators administrators, AuditExport export) {
		this.trail = trail;
		this.administrators = administrators;
		this.export = export;
	}

	@Override
	public String subcommand() {
		return "audit";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		return !invocation.word(0).equals("export");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		if (invocation.word(0).equals("export")) {
			return export(invocation);
		}
		var args = SPEC.parse(invocation.args());
		if (args.failed()) {
			return Reply.usage(args.error(), USAGE);
		}
		if (args.size() > 0) {
			return Reply.usage("`audit` takes no words, only options.", USAGE);
		}
		if (!this.administrators.isAdmin(invocation.userId())) {
			return Reply.notAllowed("read the audit trail", "Violet admins");
		}
		LocalDate since = null;
		var sinceToken = args.value("--since");
		if (sinceToken != null) {
			try {
				since = LocalDate.parse(sinceToken.text());
			}
			catch (DateTimeParseException ex) {
				return Reply.usage("`" + Mrkdwn.escape(Mrkdwn.truncate(sinceToken.text(), 30))
						+ "` is not a date like 2026-01-31.", USAGE);
			}
		}
		int page = 1;
		var pageToken = args.value("--page");
		if (pageToken != null) {
			try {
				page = Integer.parseInt(pageToken.text());
			}
			catch (NumberFormatException ex) {
				page = 0;
			}
			if (page < 1) {
				return Reply.usage("`--page` takes a page number from 1.", USAGE);
			}
		}
		var result = this.trail.recent((since != null) ? since.atStartOfDay(ZoneOffset.UTC).toInstant() : null,
				page - 1, PAGE_SIZE);
		if (result.entries().isEmpty()) {
			return Reply.ephemeral((result.total() == 0)
					? "The audit trail has no entries" + ((since != null) ? " since " + since + "." : " yet.")
					: "There is no page " + page + ".");
		}
		StringBuilder text = new StringBuilder("*Audit trail*");
		if (since != null) {
			text.append(" since ").append(since);
		}
		text.append(" — page ").append(page).append(" of ").append(result.pages()).append('\n');
		for (AuditRecord entry : result.entries()) {
			text.append(line(entry)).append('\n');
		}
		if (page < result.pages()) {
			text.append("Next: `/violet audit ")
				.append((since != null) ? "--since " + since + " " : "")
				.append("--page ")
				.append(page + 1)
				.append('`');
		}
		return Reply.ephemeral(Mrkdwn.truncate(text.toString().strip(), 39_000));
	}

	private Reply export(CommandInvocation invocation) {
		var args = EXPORT.parse(invocation.argsAfter(1));
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(USAGE.get(1)));
		}
		if (args.size() > 0) {
			return Reply.usage("`audit export` takes only `--since`.", List.of(USAGE.get(1)));
		}
		if (!this.administrators.isAdmin(invocation.userId())) {
			return Reply.notAllowed("export the audit trail", "Violet admins");
		}
		Instant since = null;
		var sinceToken = args.value("--since");
		if (sinceToken != null) {
			try {
				since = LocalDate.parse(sinceToken.text()).atStartOfDay(ZoneOffset.UTC).toInstant();
			}
			catch (DateTimeParseException ex) {
				return Reply.usage("`" + Mrkdwn.escape(Mrkdwn.truncate(sinceToken.text(), 30))
						+ "` is not a date like 2026-01-31.", List.of(USAGE.get(1)));
			}
		}
		this.export.request(invocation.userId(), since);
		return Reply
			.ephemeral(":ledger: Exporting the audit trail" + ((since != null) ? " since " + sinceToken.text() : "")
					+ " as CSV: it arrives in your direct messages with Violet in a moment.");
	}

	private static String line(AuditRecord entry) {
		String actor = entry.actor().startsWith("U") || entry.actor().startsWith("W") ? Mrkdwn.user(entry.actor())
				: Mrkdwn.escape(entry.actor());
		String details = (entry.details() != null) ? " — " + Mrkdwn.escapeAndTruncate(entry.details(), 120) : "";
		return "• " + Mrkdwn.date(entry.occurredAt()) + " " + actor + " `" + Mrkdwn.escape(entry.action()) + "` "
				+ Mrkdwn.escape(entry.subject()) + details;
	}

}
