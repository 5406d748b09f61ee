package io.violet.training.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.directory.Role;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import io.violet.training.Catalog;
import io.violet.training.Compliance;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.Topic;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Component;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * {@code /violet training …}: the catalog, scheduling, sessions, status and the evidence
 * export.
 */
@Component
class TrainingCommand implements SlashCommandHandler {

	static final List<String> USAGE = List.of("/violet training catalog", "/violet training status [@user|role]",
			"/violet training export",
			"/violet training schedule <topic> <yyyy-MM-dd HH:mm> [--tz <zone>] [--every <cadence>] [--roles a,b] [--invite @user…]",
			"/violet training list", "/violet training cancel <S-n>");

	static final String ADD_TOPIC = "training_topic_add";

	static final String EDIT_TOPIC = "training_topic_edit";

	private final Catalog catalog;

	private final TrainingSessions sessions;

	private final Compliance compliance;

	private final ScheduleCommandFlow flow;

	private final ScheduleForm scheduleForm = new ScheduleForm();

	private final Permissions permissions;

	private final SlackGateway gateway;

	private final TrainingExportUpload.Exports exports;

	private final TrainingModals modals;

	private final Clock clock;

	TrainingCommand(Catalog catalog, TrainingSessions sessions, Compliance compliance, ScheduleCommandFlow flow,
			Permissions permissions, SlackGateway gateway, TrainingExportUpload.Exports exports, TrainingModals modals,
			Clock clock) {
		this.catalog = catalog;
		this.sessions = sessions;
		this.compliance = compliance;
		this.flow = flow;
		this.permissions = permissions;
		this.gateway = gateway;
		this.exports = exports;
		this.modals = modals;
		this.clock = clock;
	}

	@Override
	public String subcommand() {
		return "training";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public boolean forFullMembersOnly(CommandInvocation invocation) {
		// a guest's own training status stays theirs to see
		return invocation.word(0).equals("list");
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		List<Token> rest = invocation.argsAfter(1);
		return switch (invocation.word(0)) {
			case "catalog" -> catalog(invocation, rest);
			case "schedule" -> schedule(invocation, rest);
			case "list" -> list(rest);
			case "cancel" -> cancel(invocation, rest);
			case "status" -> status(invocation, rest);
			case "export" -> export(invocation, rest);
			default -> Reply.unknownAction("training", "trainings", invocation.word(0), USAGE);
		};
	}

	private Reply catalog(CommandInvocation invocation, List<Token> rest) {
		if (!rest.isEmpty()) {
			return Reply.usage("`training catalog` takes nothing more.", List.of(USAGE.get(0)));
		}
		boolean admin = this.permissions.isAdmin(invocation.userId());
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText("Training catalog"))));
		StringBuilder text = new StringBuilder("Training catalog:");
		for (Topic topic : this.catalog.all()) {
			if (blocks.size() >= 45) {
				break;
			}
			String line = "*" + Mrkdwn.escapeAndTruncate(topic.title(), 150) + "* (`" + topic.key() + "`)\n"
					+ Mrkdwn.escapeAndTruncate(topic.description(), 600) + "\n_For:_ " + audience(topic) + " · _every_ "
					+ topic.cadence().key() + (topic.dueOnJoining() ? " and on joining" : "") + "\n_Basis:_ "
					+ Mrkdwn.escapeAndTruncate(topic.source(), 300);
			text.append("\n• ").append(topic.key());
			blocks.add(section((s) -> {
				s.text(markdownText(line));
				if (admin) {
					s.accessory(button((b) -> b.actionId(EDIT_TOPIC).text(plainText("Edit")).value(topic.key())));
				}
				return s;
			}));
		}
		if (admin) {
			blocks.add(actions((a) -> a.elements(List
				.of(button((b) -> b.actionId(ADD_TOPIC).text(plainText("Add topic")).value("new").style("primary"))))));
		}
		else {
			blocks.add(context((c) -> c.elements(List.of(markdownText("Violet admins add and edit topics here.")))));
		}
		return Reply.ephemeral(text.toString(), blocks);
	}

	private static String audience(Topic topic) {
		return topic.allStaff() ? "all staff"
				: topic.roles().stream().map((r) -> "`" + r.key() + "`").collect(Collectors.joining(", "));
	}

	private Reply schedule(CommandInvocation invocation, List<Token> rest) {
		if (rest.isEmpty()) {
			if (!this.permissions.maySchedule(invocation.userId(), SessionKind.TRAINING)) {
				return ScheduleCommandFlow.notAllowed(SessionKind.TRAINING);
			}
			this.gateway.openView(invocation.triggerId(), this.modals.schedule(this.catalog.all()));
			return Reply.none();
		}
		return this.flow.run(this.scheduleForm, rest, invocation.userId());
	}

	private Reply list(List<Token> rest) {
		if (!rest.isEmpty()) {
			return Reply.usage("`training list` takes nothing more.", List.of(USAGE.get(4)));
		}
		List<Session> upcoming = this.sessions.upcoming();
		if (upcoming.isEmpty()) {
			return Reply.ephemeral("No sessions are scheduled. Schedule one with `/violet training schedule`.");
		}
		StringBuilder text = new StringBuilder("*Upcoming sessions*");
		for (Session s : upcoming.stream().limit(30).toList()) {
			var invitees = this.sessions.invitees(s.id());
			long going = invitees.stream().filter((i) -> i.rsvp() == io.violet.training.Rsvp.GOING).count();
			text.append("\n• `")
				.append(s.key())
				.append("` ")
				.append(s.kind().label())
				.append(": ")
				.append(Mrkdwn.escapeAndTruncate(s.title(), 120))
				.append(" — ")
				.append(Mrkdwn.date(s.startsAt()))
				.append(s.recurrence() != null ? " (every " + s.recurrence() + ")" : "")
				.append(" · ")
				.append(Mrkdwn.user(s.organiser()))
				.append(" · ")
				.append(going)
				.append('/')
				.append(invitees.size())
				.append(" going");
		}
		if (upcoming.size() > 30) {
			text.append("\n…and ").append(upcoming.size() - 30).append(" more.");
		}
		return Reply.ephemeral(text.toString());
	}

	private Reply cancel(CommandInvocation invocation, List<Token> rest) {
		List<String> usage = List.of(USAGE.get(5));
		if (rest.size() != 1) {
			return Reply.usage("Name one session, e.g. `S-12` (see `/violet training list`).", usage);
		}
		Optional<Long> id = SessionKey.parse(rest.get(0).text()).map(SessionKey::id);
		if (id.isEmpty()) {
			return Reply.usage("`" + Mrkdwn.escapeAndTruncate(rest.get(0).text(), 30)
					+ "` is not a session id; they look like `S-12`.", usage);
		}
		Optional<Session> session = this.sessions.find(id.get());
		if (session.isEmpty()) {
			return Reply.usage("There is no session `" + new SessionKey(id.get()) + "`.", usage);
		}
		if (!this.permissions.mayCancel(invocation.userId(), session.get())) {
			return Reply.notAllowed("cancel someone else's session",
					"its organiser, " + Permissions.whoMaySchedule(session.get().kind()));
		}
		Optional<Session> cancelled = this.sessions.cancel(id.get(), invocation.userId());
		if (cancelled.isEmpty()) {
			return Reply.ephemeral("`" + new SessionKey(id.get()) + "` is not scheduled any more ("
					+ session.get().status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
					+ "); nothing changed.");
		}
		return Reply.ephemeral(":white_check_mark: Cancelled " + TrainingMessages.headline(cancelled.get())
				+ (cancelled.get().recurrence() != null ? " and its later repeats" : "")
				+ ". Everyone who got an invitation is told.");
	}

	private Reply status(CommandInvocation invocation, List<Token> rest) {
		List<String> usage = List.of(USAGE.get(1));
		if (rest.size() > 1) {
			return Reply.usage("Name at most one person or role.", usage);
		}
		if (rest.isEmpty() || (rest.get(0).isUser() && rest.get(0).text().equals(invocation.userId()))) {
			return Reply.ephemeral(personStatus(invocation.userId(), "Your trainings"));
		}
		Token who = rest.get(0);
		Optional<Role> role = who.isUser() ? Optional.empty() : Role.fromKey(who.text());
		if (!who.isUser() && role.isEmpty()) {
			return Reply.usage(
					"`" + Mrkdwn.escapeAndTruncate(who.text(), 30)
							+ "` is neither a person (type @ and pick them) nor a role (" + Role.allKeys() + ").",
					usage);
		}
		if (!this.permissions.maySeeOthers(invocation.userId())) {
			return Reply.notAllowed("see other people's training records",
					"hr and compliance owners and Violet admins");
		}
		if (who.isUser()) {
			return Reply.ephemeral(personStatus(who.text(), "Trainings of " + Mrkdwn.user(who.text())));
		}
		Map<String, List<Compliance.TopicStatus>> all = this.compliance.statusOfRole(role.get());
		if (all.isEmpty()) {
			return Reply.ephemeral("No one owns `" + role.get().key() + "` yet.");
		}
		StringBuilder text = new StringBuilder("*Trainings of " + role.get().title() + " owners*");
		all.forEach((user, statuses) -> {
			List<String> overdue = statuses.stream()
				.filter(Compliance.TopicStatus::overdue)
				.map((s) -> s.topic().key())
				.toList();
			text.append("\n• ")
				.append(Mrkdwn.user(user))
				.append(": ")
				.append(overdue.isEmpty() ? "up to date" : "overdue " + String.join(", ", overdue));
		});
		return Reply.ephemeral(Mrkdwn.truncate(text.toString(), 3000));
	}

	private String personStatus(String userId, String title) {
		List<Compliance.TopicStatus> statuses = this.compliance.statusOf(userId);
		StringBuilder text = new StringBuilder("*" + title + "*");
		if (statuses.isEmpty()) {
			text.append("\nNo topic in the catalog applies.");
		}
		for (Compliance.TopicStatus s : statuses) {
			text.append("\n")
				.append(s.overdue() ? ":red_circle: " : ":large_green_circle: ")
				.append(Mrkdwn.escape(s.topic().title()))
				.append(" (`")
				.append(s.topic().key())
				.append("`) — ")
				.append(s.last().map((t) -> "completed " + Mrkdwn.date(t, "{date_short}")).orElse("never completed"))
				.append(s.dueBy() != null ? ", due again " + Mrkdwn.date(s.dueBy(), "{date_short}") : "")
				.append(s.overdue() ? " · *overdue*" : "");
		}
		return text.toString();
	}

	private Reply export(CommandInvocation invocation, List<Token> rest) {
		if (!rest.isEmpty()) {
			return Reply.usage("`training export` takes nothing more.", List.of(USAGE.get(2)));
		}
		if (!this.permissions.maySeeOthers(invocation.userId())) {
			return Reply.notAllowed("export training records", "hr and compliance owners and Violet admins");
		}
		this.exports.request(invocation.userId(), this.clock.instant());
		return Reply.ephemeral(":page_facing_up: Exporting the training completions: the CSV arrives in your direct "
				+ "messages with Violet in a moment.");
	}

	/**
	 * A catalog topic, then the time; the topic's audience unless roles are named.
	 */
	private final class ScheduleForm implements ScheduleCommandFlow.Form<Topic> {

		@Override
		public SessionKind kind() {
			return SessionKind.TRAINING;
		}

		@Override
		public List<String> usage() {
			return List.of(USAGE.get(3));
		}

		@Override
		public ScheduleCommandFlow.Subject<Topic> subject(ArgSpec.Parsed parsed) {
			if (parsed.size() == 0) {
				return ScheduleCommandFlow.Subject.problem("Name a topic from `/violet training catalog`.");
			}
			Catalog catalog = TrainingCommand.this.catalog;
			Optional<Topic> topic = catalog.find(String.valueOf(parsed.text(0)));
			if (topic.isEmpty()) {
				return ScheduleCommandFlow.Subject
					.problem("Unknown topic `" + Mrkdwn.escapeAndTruncate(String.valueOf(parsed.text(0)), 40)
							+ "`. Topics: " + catalog.all().stream().map(Topic::key).collect(Collectors.joining(" ")));
			}
			return ScheduleCommandFlow.Subject.of(topic.get());
		}

		@Override
		public SessionPlan plan(Topic topic, ScheduleArgs.Result args, String organiser) {
			boolean allStaff = !args.rolesGiven() && topic.allStaff();
			List<Role> roles = args.rolesGiven() ? args.roles() : topic.roles();
			return new SessionPlan(SessionKind.TRAINING, topic.key(), topic.title(), args.local(), args.zone(),
					args.every(), roles, args.rolesGiven(), allStaff, args.invitees(), null, organiser);
		}

	}

}
