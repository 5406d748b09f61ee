package io.violet.teaming.slack;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import io.violet.teaming.Resolution;
import io.violet.teaming.internal.FindingDecisions;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.StartRequest;
import io.violet.teaming.internal.TeamingPermissions;
import io.violet.teaming.internal.TeamingStarts;

import org.springframework.stereotype.Component;

/**
 * {@code /violet teaming …}: convene a violet team on an initiative, show where it
 * stands, list sessions, close and reassign findings.
 */
@Component
class TeamingCommand implements SlashCommandHandler {

	static final String USAGE_START = "/violet teaming start <KEY> [--due yyyy-MM-dd] [--meet \"yyyy-MM-dd HH:mm\"] [--add @user…]";

	static final String USAGE_SHOW = "/violet teaming show <KEY>";

	static final String USAGE_LIST = "/violet teaming list";

	static final String USAGE_RESOLVE = "/violet teaming resolve <KEY> <finding-n> \"<mitigation>\"";

	static final String USAGE_ASSIGN = "/violet teaming assign <KEY> <finding-n> @user";

	static final List<String> USAGE = List.of(USAGE_START, USAGE_SHOW, USAGE_LIST, USAGE_RESOLVE, USAGE_ASSIGN);

	private static final ArgSpec START = ArgSpec.none().withOptions("--due", "--meet").withMultiOptions("--add");

	private static final DateTimeFormatter MEET = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	/**
	 * A finding as typed: {@code VT-3} (its label), {@code 3}, {@code finding-3}, or the
	 * label findings had before, {@code F-3}. The old form stays accepted here because
	 * this argument is always a finding of the named initiative: no follow-up key is read
	 * in this position.
	 */
	private static final Pattern FINDING = Pattern.compile("(?i)(?:VT-?|F-?|finding-?)?(\\d{1,6})");

	private static final int LIST_MAX = 30;

	private final TeamingStarts starts;

	private final TeamingPermissions permissions;

	private final FindingDecisions decisions;

	private final SessionReader reader;

	private final Initiatives initiatives;

	TeamingCommand(TeamingStarts starts, TeamingPermissions permissions, FindingDecisions decisions,
			SessionReader reader, Initiatives initiatives) {
		this.starts = starts;
		this.permissions = permissions;
		this.decisions = decisions;
		this.reader = reader;
		this.initiatives = initiatives;
	}

	@Override
	public String subcommand() {
		return "teaming";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		return invocation.word(0).equals("show") || invocation.word(0).equals("list");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		List<Token> rest = invocation.argsAfter(1);
		return switch (action) {
			case "start" -> start(invocation.userId(), rest);
			case "show" -> show(rest);
			case "list" ->
				rest.isEmpty() ? list() : Reply.usage("`teaming list` takes nothing more.", List.of(USAGE_LIST));
			case "resolve" -> resolve(invocation.userId(), rest);
			case "assign" -> assign(invocation.userId(), rest);
			default -> Reply.unknownAction("teaming", "violet-team sessions", action, USAGE);
		};
	}

	private Reply start(String userId, List<Token> rest) {
		ArgSpec.Parsed args = START.parse(rest);
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(USAGE_START));
		}
		if (args.size() != 1) {
			return Reply.usage("Name one initiative, e.g. `AI-7`.", List.of(USAGE_START));
		}
		LocalDate due = null;
		Token dueToken = args.value("--due");
		if (dueToken != null) {
			try {
				due = LocalDate.parse(dueToken.text());
			}
			catch (DateTimeParseException ex) {
				return Reply.usage(
						"`--due` takes a day as yyyy-MM-dd, e.g. `--due 2027-03-15`; `"
								+ Mrkdwn.escapeAndTruncate(dueToken.text(), 30) + "` is not one.",
						List.of(USAGE_START));
			}
		}
		LocalDateTime meet = null;
		Token meetToken = args.value("--meet");
		if (meetToken != null) {
			try {
				meet = LocalDateTime.parse(meetToken.text().strip(), MEET);
			}
			catch (DateTimeParseException ex) {
				return Reply.usage(
						"`--meet` takes a day and a time in quotes, e.g. `--meet \"2027-03-15 14:00\"` (your time zone); `"
								+ Mrkdwn.escapeAndTruncate(meetToken.text(), 30) + "` is not one.",
						List.of(USAGE_START));
			}
		}
		List<String> add = new ArrayList<>();
		for (Token person : args.valuesOf("--add")) {
			if (!person.isUser()) {
				return Reply.usage("`--add` takes people: type @ and pick them (`"
						+ Mrkdwn.escapeAndTruncate(person.text(), 30) + "` is not a person).", List.of(USAGE_START));
			}
			add.add(person.text());
		}
		return StartReplies.of(this.starts.start(new StartRequest(args.text(0), userId, due, meet, add)), args.text(0),
				this.permissions.zoneOf(userId));
	}

	private Reply show(List<Token> rest) {
		if (rest.size() != 1) {
			return Reply.usage("Name one initiative, e.g. `AI-7`.", List.of(USAGE_SHOW));
		}
		Optional<InitiativeDetails> initiative = this.initiatives.details(rest.get(0).text());
		if (initiative.isEmpty()) {
			return unknown(rest.get(0).text(), USAGE_SHOW);
		}
		return this.reader.latest(initiative.get().key())
			.map(ShowView::of)
			.orElseGet(() -> ShowView.withoutSession(initiative.get(), this.reader.threats(initiative.get())));
	}

	private Reply list() {
		List<SessionView> sessions = this.reader.recent();
		if (sessions.isEmpty()) {
			return Reply.ephemeral("No violet-team sessions yet. Convene one with `" + USAGE_START + "`.");
		}
		StringBuilder text = new StringBuilder("*Violet-team sessions* (newest first, open ones on top)");
		for (SessionView session : sessions.subList(0, Math.min(LIST_MAX, sessions.size()))) {
			text.append("\n• `")
				.append(session.key())
				.append("` *")
				.append(Mrkdwn.escapeAndTruncate(session.initiative().name(), 80))
				.append("* — ")
				.append(session.open() ? "open, lenses due " + Lines.day(session.dueAt()) : "complete")
				.append(" · ")
				.append(Lines.summaryOf(session));
			if (!session.unowned().isEmpty()) {
				text.append(" · :warning: ").append(session.unowned().size()).append(" without owner");
			}
		}
		return Reply.ephemeral(Mrkdwn.truncate(text.toString(), 39_000));
	}

	private Reply resolve(String userId, List<Token> rest) {
		if (rest.size() < 3) {
			return Reply.usage(
					"Name the initiative, the finding and the mitigation, e.g. "
							+ "`/violet teaming resolve AI-7 3 \"Rate limits and abuse monitoring on the API\"`.",
					List.of(USAGE_RESOLVE));
		}
		Optional<Integer> number = number(rest.get(1).text());
		if (number.isEmpty()) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(rest.get(1).text(), 20)
					+ "` is not a finding number; findings look like `VT-3` or `3`.", List.of(USAGE_RESOLVE));
		}
		String mitigation = String.join(" ", rest.subList(2, rest.size()).stream().map(Token::text).toList());
		Resolution result = this.decisions.resolve(rest.get(0).text(), number.get(), userId, mitigation);
		return ResolutionReplies.resolved(result, rest.get(0).text(), number.get());
	}

	private Reply assign(String userId, List<Token> rest) {
		if (rest.size() != 3 || !rest.get(2).isUser()) {
			return Reply.usage("Name the initiative, the finding and its new owner (type @ and pick them).",
					List.of(USAGE_ASSIGN));
		}
		Optional<Integer> number = number(rest.get(1).text());
		if (number.isEmpty()) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(rest.get(1).text(), 20)
					+ "` is not a finding number; findings look like `VT-3` or `3`.", List.of(USAGE_ASSIGN));
		}
		Resolution result = this.decisions.reassign(rest.get(0).text(), number.get(), userId, rest.get(2).text());
		return ResolutionReplies.reassigned(result, rest.get(0).text(), number.get(), rest.get(2).text());
	}

	static Optional<Integer> number(String text) {
		Matcher m = FINDING.matcher(text.strip());
		if (!m.matches()) {
			return Optional.empty();
		}
		return Optional.of(Integer.parseInt(m.group(1)));
	}

	static Reply unknown(String key, String usage) {
		return Reply.usage("There is no initiative `" + Mrkdwn.escapeAndTruncate(key, 30)
				+ "`. Keys look like `AI-7`; `/violet initiative list` shows them.", List.of(usage));
	}

}
