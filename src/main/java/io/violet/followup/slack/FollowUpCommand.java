package io.violet.followup.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.VioletSettings;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpChange;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.NewFollowUp;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.followup.internal.FollowUpService;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code /violet follow-up …}: add, list, show and change follow-ups.
 */
@Component
class FollowUpCommand implements SlashCommandHandler {

	static final String ADD = "/violet follow-up add \"<text>\" @owner [--due yyyy-MM-dd] "
			+ "[--severity low|medium|high|critical] [--initiative <KEY>]";

	static final String LIST = "/violet follow-up list [mine|<KEY>|all]";

	static final String SHOW = "/violet follow-up show <F-n>";

	static final String DONE = "/violet follow-up done <F-n> [\"<note>\"]";

	static final String REOPEN = "/violet follow-up reopen <F-n>";

	static final String REASSIGN = "/violet follow-up reassign <F-n> @user";

	static final String DUE = "/violet follow-up due <F-n> <yyyy-MM-dd>";

	static final String TRACKER = "/violet follow-up tracker [retry <F-n>|all]   (admins)";

	static final List<String> USAGE = List.of(ADD, LIST, SHOW, DONE, REOPEN, REASSIGN, DUE, TRACKER);

	private static final ArgSpec ADD_SPEC = ArgSpec.none().withOptions("--due", "--severity", "--initiative");

	private static final int LIST_MAX = 30;

	private final FollowUpService service;

	private final FollowUpQueries queries;

	private final IncidentQueries incidents;

	private final InitiativeCatalog initiatives;

	private final VioletSettings settings;

	private final Clock clock;

	private final TrackerCommand tracker;

	FollowUpCommand(FollowUpService service, FollowUpQueries queries, IncidentQueries incidents,
			InitiativeCatalog initiatives, VioletSettings settings, Clock clock, TrackerCommand tracker) {
		this.tracker = tracker;
		this.service = service;
		this.queries = queries;
		this.incidents = incidents;
		this.initiatives = initiatives;
		this.settings = settings;
		this.clock = clock;
	}

	@Override
	public String subcommand() {
		return "follow-up";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		String action = invocation.word(0);
		return action.isEmpty() || action.equals("list") || action.equals("show")
				|| (action.equals("tracker") && invocation.args().size() == 1);
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		List<Token> rest = invocation.argsAfter(1);
		return switch (action) {
			case "add" -> add(invocation, rest);
			case "", "list" -> list(invocation.userId(), rest);
			case "show" -> show(invocation.userId(), rest);
			case "done" -> done(invocation.userId(), rest);
			case "reopen" -> (rest.size() == 1)
					? changed(this.service.reopen(rest.get(0).text(), invocation.userId()), rest.get(0).text())
					: Reply.usage("Name one follow-up, e.g. `F-12`.", List.of(REOPEN));
			case "reassign" -> reassign(invocation.userId(), rest);
			case "due" -> due(invocation.userId(), rest);
			case "tracker" -> this.tracker.handle(invocation.userId(), rest);
			default -> Reply.unknownAction("follow-up", "follow-ups", action, USAGE);
		};
	}

	private Reply add(CommandInvocation invocation, List<Token> rest) {
		ArgSpec.Parsed args = ADD_SPEC.parse(rest);
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(ADD));
		}
		List<Token> owners = args.positionals().stream().filter(Token::isUser).toList();
		List<Token> words = args.positionals().stream().filter((t) -> !t.isUser()).toList();
		if (owners.size() != 1 || words.isEmpty()) {
			return Reply.usage("Say what is to be done, in quotes, and name one owner (type @ and pick them).",
					List.of(ADD));
		}
		FollowUpSeverity severity = FollowUpSeverity.MEDIUM;
		Token severityToken = args.value("--severity");
		if (severityToken != null) {
			Optional<FollowUpSeverity> parsed = FollowUpSeverity.fromKey(severityToken.text());
			if (parsed.isEmpty()) {
				return Reply.usage("Unknown severity `" + Mrkdwn.escapeAndTruncate(severityToken.text(), 30)
						+ "`: use low, medium, high or critical.", List.of(ADD));
			}
			severity = parsed.get();
		}
		LocalDate due = null;
		Token dueToken = args.value("--due");
		if (dueToken != null) {
			due = date(dueToken.text());
			if (due == null) {
				return Reply.usage(notADate(dueToken.text()), List.of(ADD));
			}
		}
		String initiativeKey = null;
		Token initiativeToken = args.value("--initiative");
		if (initiativeToken != null) {
			Optional<InitiativeSummary> initiative = this.initiatives.find(initiativeToken.text());
			if (initiative.isEmpty()) {
				return unknownInitiative(initiativeToken.text(), ADD);
			}
			initiativeKey = initiative.get().key();
		}
		// typed in a war room, it is that incident's follow-up
		Long incidentId = this.incidents.byChannel(invocation.channelId()).map(Incident::id).orElse(null);
		String text = words.stream().map(Token::text).collect(Collectors.joining(" "));
		FollowUpChange change = this.service.create(new NewFollowUp(text, owners.get(0).text(), severity, due,
				initiativeKey, incidentId, (incidentId != null) ? FollowUpSource.INCIDENT : FollowUpSource.MANUAL,
				"command:" + invocation.triggerId(), invocation.userId(), null));
		return changed(change, "");
	}

	private Reply list(String userId, List<Token> rest) {
		if (rest.size() > 1) {
			return Reply.usage("Name at most one thing to list.", List.of(LIST));
		}
		String what = rest.isEmpty() ? "mine" : rest.get(0).text();
		LocalDate today = today();
		List<FollowUp> found;
		String title;
		if (what.equalsIgnoreCase("mine")) {
			found = this.queries.openOwnedBy(userId);
			title = "*Your open follow-ups*";
		}
		else if (what.equalsIgnoreCase("all")) {
			found = this.queries.allOpen(userId);
			title = "*Open follow-ups*";
		}
		else {
			Optional<InitiativeSummary> initiative = this.initiatives.find(what);
			if (initiative.isEmpty()) {
				return unknownInitiative(what, LIST);
			}
			found = this.queries.ofInitiative(initiative.get().key(), userId);
			long open = found.stream().filter(FollowUp::open).count();
			title = "*Follow-ups of " + initiative.get().key() + "* (" + open + " open, " + (found.size() - open)
					+ " done)";
		}
		if (found.isEmpty()) {
			return Reply.ephemeral(title + "\nNone.");
		}
		StringBuilder text = new StringBuilder(title);
		found.stream().limit(LIST_MAX).forEach((f) -> text.append('\n').append(FollowUpLines.line(f, today)));
		if (found.size() > LIST_MAX) {
			text.append("\n…and ").append(found.size() - LIST_MAX).append(" more.");
		}
		return Reply.ephemeral(Mrkdwn.truncate(text.toString(), 39_000));
	}

	private Reply show(String userId, List<Token> rest) {
		if (rest.size() != 1) {
			return Reply.usage("Name one follow-up, e.g. `F-12`.", List.of(SHOW));
		}
		Optional<FollowUp> found = this.queries.find(rest.get(0).text(), userId);
		if (found.isEmpty()) {
			return unknown(rest.get(0).text(), SHOW);
		}
		FollowUp followUp = found.get();
		String text = FollowUpLines.details(followUp, today(), this.service.snoozedUntil(followUp.key()).orElse(null));
		if (followUp.open() && this.queries.mayChange(followUp, userId)) {
			return Reply.ephemeral(text, FollowUpLines.withButtons(text, followUp, followUp.ownerId().equals(userId)));
		}
		return Reply.ephemeral(text);
	}

	private Reply done(String userId, List<Token> rest) {
		if (rest.isEmpty()) {
			return Reply.usage("Name one follow-up and, if you like, a note in quotes.", List.of(DONE));
		}
		String note = (rest.size() > 1)
				? rest.subList(1, rest.size()).stream().map(Token::text).collect(Collectors.joining(" ")) : null;
		return changed(this.service.markDone(rest.get(0).text(), userId, note), rest.get(0).text());
	}

	private Reply reassign(String userId, List<Token> rest) {
		if (rest.size() != 2 || !rest.get(1).isUser()) {
			return Reply.usage("Name one follow-up and its new owner (type @ and pick them).", List.of(REASSIGN));
		}
		return changed(this.service.reassign(rest.get(0).text(), rest.get(1).text(), userId), rest.get(0).text());
	}

	private Reply due(String userId, List<Token> rest) {
		if (rest.size() != 2) {
			return Reply.usage("Name one follow-up and its new due date.", List.of(DUE));
		}
		LocalDate due = date(rest.get(1).text());
		if (due == null) {
			return Reply.usage(notADate(rest.get(1).text()), List.of(DUE));
		}
		return changed(this.service.changeDue(rest.get(0).text(), due, userId), rest.get(0).text());
	}

	private Reply changed(FollowUpChange change, String typedKey) {
		FollowUp followUp = change.followUp();
		String key = (followUp != null) ? followUp.key() : Mrkdwn.escapeAndTruncate(typedKey, 20);
		return switch (change.outcome()) {
			case CREATED ->
				Reply.ephemeral(":white_check_mark: Created *" + key + "*, owned by " + Mrkdwn.user(followUp.ownerId())
						+ ", who gets a direct message.\n" + FollowUpLines.line(followUp, today()));
			case ALREADY_CREATED -> Reply.ephemeral(":information_source: Already created as *" + key + "*.");
			case DONE -> Reply.ephemeral(":white_check_mark: *" + key + "* is done.");
			case REOPENED -> Reply.ephemeral(":arrows_counterclockwise: *" + key + "* is open again.");
			case REASSIGNED -> Reply.ephemeral(":bust_in_silhouette: *" + key + "* now belongs to "
					+ Mrkdwn.user(followUp.ownerId()) + ", who gets a direct message.");
			case DUE_CHANGED ->
				Reply.ephemeral(":calendar: *" + key + "* is now due " + FollowUpLines.date(followUp.due()) + ".");
			case SNOOZED -> Reply.ephemeral(":zzz: Reminders of *" + key + "* are snoozed.");
			case UNCHANGED -> Reply.ephemeral(":information_source: *" + key + "* already is so; nothing changed.");
			case UNKNOWN -> unknown(typedKey, SHOW);
			case NOT_ALLOWED -> Reply.notAllowed("change " + key,
					"its owner, the incident's commander, the initiative's owner and Violet admins");
			case NO_TEXT -> Reply.usage("Say what is to be done.", List.of(ADD));
			case TEXT_TOO_LONG -> Reply.usage("A follow-up holds up to 2,000 characters; shorten it.", List.of(ADD));
			case DUE_IN_THE_PAST -> Reply.usage("The due date lies in the past; give a later one.", List.of(ADD, DUE));
			case UNKNOWN_INITIATIVE ->
				Reply.usage("There is no such initiative; see `/violet initiative list`.", List.of(ADD));
			case NO_PARENT -> Reply.usage("A follow-up belongs to an initiative or an incident: add "
					+ "`--initiative <KEY>`, or type the command in the incident's war room.", List.of(ADD));
			case OWNER_NOT_IN_ROOM -> Reply.ephemeral(":lock: That person is not in this private incident's room, "
					+ "so nothing of it may reach them. Invite them first, or pick someone in the room.");
			case OWNER_UNREACHABLE ->
				Reply.ephemeral(":warning: That account cannot own a follow-up (a bot or deactivated); pick a person.");
			case NOTE_NEEDED -> Reply.usage(
					"*" + key + "* tracks a violet-team finding, which is resolved with a "
							+ "note of what was done: `/violet follow-up done " + key + " \"<mitigation>\"`.",
					List.of(DONE));
		};
	}

	private @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private LocalDate today() {
		return this.settings.today(this.clock);
	}

	private static String notADate(String text) {
		return "`" + Mrkdwn.escapeAndTruncate(text, 30) + "` is not a date like 2026-01-31.";
	}

	private static Reply unknown(String key, String usage) {
		return Reply.usage(
				"There is no follow-up `" + Mrkdwn.escapeAndTruncate(key, 30)
						+ "` that you can see. Keys look like `F-12`; `/violet follow-up list` shows yours.",
				List.of(usage));
	}

	private static Reply unknownInitiative(String key, String usage) {
		return Reply.usage("There is no initiative `" + Mrkdwn.escapeAndTruncate(key, 30)
				+ "`. Keys look like `AI-7`; `/violet initiative list` shows them.", List.of(usage));
	}

}
