package io.violet.review.scan.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import io.violet.directory.Directory;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.Initiatives;
import io.violet.review.scan.ScanOutcome;
import io.violet.review.scan.ScanReport;
import io.violet.review.scan.ScanToken;
import io.violet.review.scan.ScanTokens;
import io.violet.review.scan.Scans;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;

import org.springframework.stereotype.Component;

/**
 * {@code /violet scan record} and {@code /violet scan token create|list|revoke}.
 */
@Component
class ScanCommand implements SlashCommandHandler {

	private static final Pattern KEY = Pattern.compile("(?i)AI-[0-9]{1,9}");

	private static final String RECORD = "/violet scan record <KEY> <name>@<version> <tool> <pass|fail> [summary]";

	private static final String CREATE = "/violet scan token create <pipeline-name> [--initiatives AI-1,AI-2]";

	private static final ArgSpec CREATE_ARGS = ArgSpec.none().withMultiOptions("--initiatives");

	private static final String LIST = "/violet scan token list";

	private static final String REVOKE = "/violet scan token revoke <pipeline-name>";

	private static final String WHO_MAY_RECORD = "the initiative's owner, ml-engineer, ml-architect and threat-analyst owners, and Violet admins";

	private final Scans scans;

	private final ScanTokens tokens;

	private final Directory directory;

	private final Initiatives initiatives;

	ScanCommand(Scans scans, ScanTokens tokens, Directory directory, Initiatives initiatives) {
		this.scans = scans;
		this.tokens = tokens;
		this.directory = directory;
		this.initiatives = initiatives;
	}

	@Override
	public String subcommand() {
		return "scan";
	}

	@Override
	public List<String> usage() {
		return List.of(RECORD, CREATE, LIST, REVOKE);
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		return switch (invocation.word(0)) {
			case "record" -> record(invocation);
			case "token" -> token(invocation);
			case "" -> Reply.usage("Which scan command?", usage());
			default -> Reply.usage("Unknown `scan` command `" + Mrkdwn.escapeAndTruncate(invocation.word(0), 40) + "`.",
					usage());
		};
	}

	private Reply record(CommandInvocation invocation) {
		List<String> usage = List.of(RECORD);
		if (invocation.args().size() < 5) {
			return Reply.usage("`scan record` takes the initiative, `<name>@<version>`, the tool and `pass` or `fail`.",
					usage);
		}
		String key = invocation.args().get(1).text();
		if (!KEY.matcher(key).matches()) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(key, 40) + "` is not an initiative key such as `AI-3`.",
					usage);
		}
		String component = invocation.args().get(2).text();
		String[] coordinates = ScanReport.split(component);
		if (coordinates == null) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(component, 60)
					+ "` is not `<name>@<version>` (for example `fraud-gbm@2.3.0`).", usage);
		}
		String tool = invocation.args().get(3).text();
		Optional<ScanOutcome> outcome = ScanOutcome.fromKey(invocation.args().get(4).text());
		if (outcome.isEmpty()) {
			return Reply.usage("The result must be `pass` or `fail`, not `"
					+ Mrkdwn.escapeAndTruncate(invocation.args().get(4).text(), 40) + "`.", usage);
		}
		String summary = unquote(invocation.textAfter(6));
		ScanReport report = new ScanReport(key, coordinates[0], coordinates[1], tool, outcome.get(),
				summary.isEmpty() ? null : summary, ScanReport.Findings.NONE, null, null);
		List<String> problems = report.problems();
		if (!problems.isEmpty()) {
			return Reply.usage(Mrkdwn.escape(String.join("; ", problems)) + ".", usage);
		}
		Scans.Recorded recorded = this.scans.byHand(report, invocation.userId());
		return switch (recorded.outcome()) {
			case RECORDED, ALREADY_RECORDED -> Reply.ephemeral(":white_check_mark: Recorded the "
					+ recorded.result().outcome().key() + "ed " + Mrkdwn.escapeAndTruncate(tool, 100) + " scan of `"
					+ Mrkdwn.escapeAndTruncate(recorded.result().coordinates(), 300) + "` for "
					+ recorded.initiative().key() + " (scan " + recorded.result().id() + "); noted in its thread.");
			case NO_INITIATIVE -> Reply.usage("There is no initiative " + Mrkdwn.escape(key.toUpperCase(Locale.ROOT))
					+ "; `/violet initiative list` shows them.", usage);
			case NO_COMPONENT -> Reply.usage("The ML-BOM of " + recorded.initiative().key() + " does not list `"
					+ Mrkdwn.escapeAndTruncate(component, 300) + "`; `/violet bom list " + recorded.initiative().key()
					+ "` shows what it does.", usage);
			case NOT_ALLOWED -> Reply.notAllowed("record scans for " + recorded.initiative().key(), WHO_MAY_RECORD);
		};
	}

	private Reply token(CommandInvocation invocation) {
		List<String> usage = List.of(CREATE, LIST, REVOKE);
		if (!this.directory.isAdmin(invocation.userId())) {
			return Reply.notAllowed("manage scan tokens", "Violet admins");
		}
		String action = invocation.word(1);
		if (action.equals("list")) {
			if (invocation.args().size() != 2) {
				return Reply.usage("`scan token list` takes nothing more.", usage);
			}
			return list();
		}
		if (!action.equals("create") && !action.equals("revoke")) {
			return Reply.usage(action.isEmpty() ? "Which token command?"
					: "Unknown token command `" + Mrkdwn.escapeAndTruncate(action, 40) + "`.", usage);
		}
		ArgSpec.Parsed parsed = (action.equals("create") ? CREATE_ARGS : ArgSpec.none()).parse(invocation.argsAfter(2));
		if (parsed.failed()) {
			return Reply.usage(parsed.error(), usage);
		}
		if (parsed.size() != 1) {
			return Reply.usage("Name the pipeline, e.g. `fraud-training`.", usage);
		}
		String name = parsed.text(0).toLowerCase(Locale.ROOT);
		if (!ScanTokens.NAME.matcher(name).matches()) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(name, 70)
					+ "` is not a pipeline name: up to 64 lower-case letters, digits and `. _ -`, starting with a letter or digit.",
					usage);
		}
		if (action.equals("create")) {
			Set<String> limited = new TreeSet<>();
			for (Token value : parsed.valuesOf("--initiatives")) {
				for (String word : value.text().split(",")) {
					String key = word.strip();
					if (key.isEmpty()) {
						continue;
					}
					if (!KEY.matcher(key).matches()) {
						return Reply.usage(
								"`" + Mrkdwn.escapeAndTruncate(key, 40)
										+ "` is not an initiative key such as `AI-3`; list them separated by commas.",
								usage);
					}
					Optional<InitiativeSummary> found = this.initiatives.find(key);
					if (found.isEmpty()) {
						return Reply.usage("There is no initiative " + key.toUpperCase(Locale.ROOT)
								+ "; `/violet initiative list` shows them.", usage);
					}
					limited.add(found.get().key());
				}
			}
			if (parsed.has("--initiatives") && limited.isEmpty()) {
				return Reply.usage("`--initiatives` needs initiative keys such as `AI-1,AI-2`.", usage);
			}
			if (limited.size() > ScanTokens.MAX_INITIATIVES) {
				return Reply.usage("A token can be limited to at most " + ScanTokens.MAX_INITIATIVES
						+ " initiatives; issue one per group of initiatives instead.", usage);
			}
			String scope = limited.isEmpty() ? "any initiative" : String.join(", ", limited) + " only";
			return this.tokens.create(name, limited, invocation.userId())
				.map((token) -> Reply.ephemeral(":key: Token for pipeline `" + name + "` (reports scans for " + scope
						+ ") — shown this once; Violet keeps only its hash. Store it as a secret of the pipeline:\n```"
						+ token + "```\nReport scans with `POST /api/scans` and `Authorization: Bearer <token>`. "
						+ "Revoke it with `/violet scan token revoke " + name + "`."))
				.orElseGet(() -> Reply.usage("Pipeline `" + name + "` already has a token. Revoke it first with `"
						+ "/violet scan token revoke " + name + "` to issue a new one.", usage));
		}
		return this.tokens.revoke(name, invocation.userId())
				? Reply.ephemeral(":white_check_mark: Revoked the token of pipeline `" + name
						+ "`; its reports are refused from now on.")
				: Reply.usage("Pipeline `" + name + "` has no valid token; `/violet scan token list` shows them.",
						usage);
	}

	private Reply list() {
		List<ScanToken> active = this.tokens.active();
		if (active.isEmpty()) {
			return Reply.ephemeral("No pipeline has a scan token. Issue one with `" + CREATE + "`.");
		}
		StringBuilder text = new StringBuilder("*Pipelines with a scan token* (").append(active.size()).append(')');
		for (ScanToken token : active) {
			text.append("\n• `")
				.append(token.name())
				.append("` — issued by ")
				.append(Mrkdwn.user(token.createdBy()))
				.append(' ')
				.append(Mrkdwn.date(token.createdAt(), "{date_short_pretty}"))
				.append(" · ")
				.append((token.lastUsedAt() != null) ? "last used " + Mrkdwn.date(token.lastUsedAt()) : "never used")
				.append(token.initiatives().isEmpty() ? "" : " · only " + String.join(", ", token.initiatives()));
		}
		return Reply.ephemeral(Mrkdwn.truncate(text.toString(), 3000));
	}

	private static String unquote(String text) {
		String trimmed = text.strip();
		if (trimmed.length() >= 2 && (trimmed.startsWith("\"") && trimmed.endsWith("\"")
				|| trimmed.startsWith("\u201C") && trimmed.endsWith("\u201D"))) {
			return trimmed.substring(1, trimmed.length() - 1).strip();
		}
		return trimmed;
	}

}
