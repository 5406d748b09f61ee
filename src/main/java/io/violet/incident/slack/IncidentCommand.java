package io.violet.incident.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentRole;
import io.violet.incident.IncidentStatus;
import io.violet.incident.IncidentType;
import io.violet.incident.Report;
import io.violet.incident.Severity;
import io.violet.incident.internal.IncidentDeclarations;
import io.violet.incident.internal.IncidentLifecycle;
import io.violet.incident.internal.IncidentPermissions;
import io.violet.incident.internal.Outcome;
import io.violet.incident.internal.PostMortemFollowUps;
import io.violet.incident.internal.ReportProblem;
import io.violet.incident.internal.WarRoomActivity;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.CommandLimits;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * {@code /violet incident …}: report, list, and run an incident from inside its room.
 */
@Component
class IncidentCommand implements SlashCommandHandler {

	private static final Logger log = LoggerFactory.getLogger(IncidentCommand.class);

	static final String DECLARE_USAGE = "/violet incident declare <type> <sev1|sev2|sev3|sev4> \"<title>\" "
			+ "[--initiative <KEY>] [--private] [--personal-data]";

	static final List<String> USAGE = List.of("/violet incident", DECLARE_USAGE, "/violet incident list",
			"/violet incident status <investigating|contained|resolved>", "/violet incident severity <sevN>",
			"/violet incident note <text>", "/violet incident role <commander|scribe|liaison> @user",
			"/violet incident close", "/violet incident reopen", FollowUpReplies.USAGE);

	private static final List<String> IN_ROOM = List.of("status", "severity", "note", "role", "close", "reopen",
			"follow-up");

	private static final ArgSpec FOLLOW_UP = ArgSpec.none().withOptions("--due");

	private static final ArgSpec DECLARE = ArgSpec.none()
		.withOptions("--initiative")
		.withSwitches("--private", "--personal-data");

	private final IncidentDeclarations declarations;

	private final IncidentLifecycle lifecycle;

	private final IncidentPermissions permissions;

	private final WarRoomActivity activity;

	private final PostMortemFollowUps followUps;

	private final IncidentQueries queries;

	private final SlackGateway slack;

	private final CommandLimits limits;

	IncidentCommand(IncidentDeclarations declarations, IncidentLifecycle lifecycle, IncidentPermissions permissions,
			WarRoomActivity activity, PostMortemFollowUps followUps, IncidentQueries queries, SlackGateway slack,
			CommandLimits limits) {
		this.limits = limits;
		this.declarations = declarations;
		this.lifecycle = lifecycle;
		this.permissions = permissions;
		this.activity = activity;
		this.followUps = followUps;
		this.queries = queries;
		this.slack = slack;
	}

	@Override
	public String subcommand() {
		return "incident";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean readsOnly(CommandInvocation invocation) {
		return invocation.word(0).equals("list");
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		// reporting and acting inside a room stay open to guests
		return invocation.word(0).equals("list");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		String action = invocation.word(0);
		if (action.isEmpty()) {
			return openReportModal(invocation);
		}
		if (action.equals("declare")) {
			return declare(invocation);
		}
		if (action.equals("list")) {
			return list(invocation);
		}
		if (!IN_ROOM.contains(action)) {
			return Reply.unknownAction("incident", "incidents", action, USAGE);
		}
		Optional<Incident> incident = this.queries.byChannel(invocation.channelId());
		if (incident.isEmpty()) {
			return Reply.usage("`" + action + "` works inside an incident's war room; this channel is not one. "
					+ "See open incidents with `/violet incident list`.", List.of(usageOf(action)));
		}
		return inRoom(invocation, action, incident.get());
	}

	private Reply inRoom(CommandInvocation invocation, String action, Incident incident) {
		List<Token> rest = invocation.argsAfter(1);
		String user = invocation.userId();
		long id = incident.id();
		switch (action) {
			case "status" -> {
				Optional<IncidentStatus> status = (rest.size() == 1) ? IncidentStatus.fromKey(rest.get(0).text())
						: Optional.empty();
				if (status.isEmpty()) {
					return Reply.usage("Name one status: investigating, contained or resolved.",
							List.of(usageOf(action)));
				}
				if (status.get() == IncidentStatus.RESOLVED) {
					if (!this.permissions.mayManage(incident, user)) {
						return Reply.notAllowed("resolve an incident",
								"its commander, security-architect owners and Violet admins");
					}
					this.slack.openView(invocation.triggerId(), IncidentModals.resolve(incident));
					return Reply.none();
				}
				return reply(this.lifecycle.changeStatus(id, status.get(), user));
			}
			case "severity" -> {
				Optional<Severity> severity = (rest.size() == 1) ? Severity.fromKey(rest.get(0).text())
						: Optional.empty();
				if (severity.isEmpty()) {
					return Reply.usage("Name one severity: sev1, sev2, sev3 or sev4.", List.of(usageOf(action)));
				}
				return reply(this.lifecycle.changeSeverity(id, severity.get(), user));
			}
			case "role" -> {
				Optional<IncidentRole> role = (rest.size() == 2) ? IncidentRole.fromKey(rest.get(0).text())
						: Optional.empty();
				if (role.isEmpty() || !rest.get(1).isUser()) {
					return Reply.usage(
							"Name a role (commander, scribe or liaison) and one person (type @ and pick them).",
							List.of(usageOf(action)));
				}
				return reply(this.lifecycle.assignRole(id, role.get(), rest.get(1).text(), user));
			}
			case "note" -> {
				String text = invocation.textAfter(2);
				if (text.isBlank()) {
					return Reply.usage("Write the note after `note`.", List.of(usageOf(action)));
				}
				return reply(this.activity.note(id, text, user));
			}
			case "follow-up" -> {
				return followUp(invocation, incident);
			}
			case "close" -> {
				return rest.isEmpty() ? reply(this.lifecycle.close(id, user))
						: Reply.usage("`close` takes nothing more.", List.of(usageOf(action)));
			}
			default -> {
				return rest.isEmpty() ? reply(this.lifecycle.reopen(id, user))
						: Reply.usage("`reopen` takes nothing more.", List.of(usageOf(action)));
			}
		}
	}

	private Reply followUp(CommandInvocation invocation, Incident incident) {
		ArgSpec.Parsed args = FOLLOW_UP.parse(invocation.argsAfter(1));
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(FollowUpReplies.USAGE));
		}
		List<Token> owners = args.positionals().stream().filter(Token::isUser).toList();
		List<Token> words = args.positionals().stream().filter((t) -> !t.isUser()).toList();
		if (owners.size() != 1 || words.isEmpty()) {
			return Reply.usage("Say what is to be done, in quotes, and name one owner (type @ and pick them).",
					List.of(FollowUpReplies.USAGE));
		}
		LocalDate due = null;
		Token dueToken = args.value("--due");
		if (dueToken != null) {
			try {
				due = LocalDate.parse(dueToken.text());
			}
			catch (DateTimeParseException ex) {
				return Reply.usage(
						"`" + Mrkdwn.escapeAndTruncate(dueToken.text(), 30) + "` is not a date like 2026-01-31.",
						List.of(FollowUpReplies.USAGE));
			}
		}
		String text = words.stream().map(Token::text).collect(Collectors.joining(" "));
		return Reply
			.ephemeral(FollowUpReplies.tracked(this.followUps.addFollowUp(incident.id(), text, owners.get(0).text(),
					due, invocation.userId(), "command:" + invocation.triggerId()), incident, owners.get(0).text()));
	}

	private Reply openReportModal(CommandInvocation invocation) {
		try {
			this.slack.openView(invocation.triggerId(), IncidentModals
				.report(this.declarations.hasInitiativeCatalog() ? this.declarations.activeInitiatives() : null, null));
			return Reply.none();
		}
		catch (RuntimeException ex) {
			log.warn("Could not open the incident report modal: {}", ex.getMessage());
			return Reply.usage("Slack did not open the report form. Try again, or report in one line:",
					List.of(DECLARE_USAGE));
		}
	}

	private Reply declare(CommandInvocation invocation) {
		ArgSpec.Parsed args = DECLARE.parse(invocation.argsAfter(1));
		if (args.failed()) {
			return Reply.usage(args.error(), List.of(DECLARE_USAGE));
		}
		if (args.size() < 3) {
			return Reply.usage("Give the type, the severity and a title.", List.of(DECLARE_USAGE));
		}
		Optional<IncidentType> type = IncidentType.fromKey(args.text(0));
		if (type.isEmpty()) {
			return Reply.usage("Unknown incident type `" + Mrkdwn.escapeAndTruncate(args.text(0), 40) + "`. Types: "
					+ IncidentType.allKeys() + ".", List.of(DECLARE_USAGE));
		}
		Optional<Severity> severity = Severity.fromKey(args.text(1));
		if (severity.isEmpty()) {
			return Reply.usage("Unknown severity `" + Mrkdwn.escapeAndTruncate(args.text(1), 40)
					+ "`: use sev1 (worst), sev2, sev3 or sev4.", List.of(DECLARE_USAGE));
		}
		String title = args.positionals()
			.subList(2, args.size())
			.stream()
			.map(Token::text)
			.collect(Collectors.joining(" "));
		Token initiative = args.value("--initiative");
		Report report = new Report(type.get(), severity.get(), title, null, args.has("--private"),
				args.has("--personal-data"), (initiative != null) ? initiative.text() : null, null, null, null,
				invocation.userId(), "command:" + invocation.triggerId());
		Optional<ReportProblem> problem = this.declarations.problemWith(report);
		if (problem.isPresent()) {
			return Reply.usage(OutcomeText.of(problem.get()), List.of(DECLARE_USAGE));
		}
		Optional<CommandLimits.Refusal> refused = this.limits.use(invocation.userId(),
				CommandLimits.Limited.INCIDENT_DECLARE);
		if (refused.isPresent()) {
			return Reply.ephemeral(refused.get().text());
		}
		Incident incident = this.declarations.declare(report);
		return Reply.ephemeral(confirmation(incident));
	}

	static String confirmation(Incident incident) {
		// the name declaring recorded, or the one a repeated report's room got
		String room = incident.channelName().map((name) -> "`#" + name + "`").orElse("its war room");
		return ":rotating_light: Declared AI incident *" + incident.label() + "* (" + incident.type().key() + ", "
				+ incident.severity().key() + (incident.privateRoom() ? ", private" : "") + "). Violet is opening "
				+ room + " and inviting the people it needs; you are invited too."
				+ incident.commander()
					.map((c) -> " Commander: " + Mrkdwn.user(c) + ".")
					.orElse(" No incident commander is assigned in the directory; an admin should name one.");
	}

	private Reply list(CommandInvocation invocation) {
		List<Incident> open = this.queries.openVisibleTo(invocation.userId());
		if (open.isEmpty()) {
			return Reply.ephemeral("No open AI incidents. Report one with `/violet incident`.");
		}
		StringBuilder text = new StringBuilder("*Open AI incidents*\n");
		open.stream().limit(30).forEach((i) -> text.append(IncidentsHomeSection.line(i)).append('\n'));
		if (open.size() > 30) {
			text.append("…and ").append(open.size() - 30).append(" more.");
		}
		return Reply.ephemeral(text.toString().strip());
	}

	private static Reply reply(Outcome outcome) {
		String message = OutcomeText.of(outcome);
		String text = message.isEmpty() ? ":white_check_mark: Done." : message;
		return outcome.ok() ? Reply.ephemeral(text)
				: Reply.ephemeral(text.startsWith(":") ? text : ":warning: " + text);
	}

	private static String usageOf(String action) {
		return USAGE.stream()
			.filter((u) -> u.startsWith("/violet incident " + action))
			.findFirst()
			.orElse(USAGE.get(0));
	}

}
