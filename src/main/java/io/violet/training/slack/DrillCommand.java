package io.violet.training.slack;

import java.util.List;
import java.util.Optional;

import io.violet.slack.CommandLimits;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.training.Catalog;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.Topic;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Component;

/**
 * {@code /violet drill schedule <incident-type> <when>}: an incident-response drill whose
 * room opens at the drill's time.
 */
@Component
class DrillCommand implements SlashCommandHandler {

	static final List<String> USAGE = List
		.of("/violet drill schedule <incident-type> <yyyy-MM-dd HH:mm> [--tz <zone>] [--invite @user…]");

	/** The incident types (DESIGN.md). */
	static final List<String> INCIDENT_TYPES = List.of("prompt-injection", "data-leakage", "data-poisoning",
			"model-theft", "evasion", "harmful-output", "supply-chain", "hallucination", "other");

	private static final String DRILL_TOPIC = "ir-drill";

	private static final ArgSpec SPEC = ArgSpec.none().withOptions("--tz").withMultiOptions("--invite");

	private final TrainingSessions sessions;

	private final CommandLimits limits;

	private final Catalog catalog;

	private final ScheduleArgs scheduleArgs;

	private final Permissions permissions;

	DrillCommand(TrainingSessions sessions, Catalog catalog, ScheduleArgs scheduleArgs, Permissions permissions,
			CommandLimits limits) {
		this.limits = limits;
		this.sessions = sessions;
		this.catalog = catalog;
		this.scheduleArgs = scheduleArgs;
		this.permissions = permissions;
	}

	@Override
	public String subcommand() {
		return "drill";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		if (!invocation.word(0).equals("schedule")) {
			return Reply.unknownAction("drill", "drills", invocation.word(0), USAGE);
		}
		ArgSpec.Parsed parsed = SPEC.parse(invocation.argsAfter(1));
		if (parsed.failed()) {
			return Reply.usage(String.valueOf(parsed.error()), USAGE);
		}
		if (parsed.size() == 0) {
			return Reply.usage("Name the incident type: " + String.join(" ", INCIDENT_TYPES) + ".", USAGE);
		}
		String type = String.valueOf(parsed.text(0)).toLowerCase(java.util.Locale.ROOT);
		if (!INCIDENT_TYPES.contains(type)) {
			return Reply.usage("Unknown incident type `" + Mrkdwn.escapeAndTruncate(type, 40) + "`. Types: "
					+ String.join(" ", INCIDENT_TYPES) + ".", USAGE);
		}
		ScheduleArgs.Result args = this.scheduleArgs.read(parsed, 1, invocation.userId());
		if (args.problem() != null) {
			return Reply.usage(args.problem(), USAGE);
		}
		if (!this.permissions.maySchedule(invocation.userId(), SessionKind.DRILL)) {
			return Reply.notAllowed("schedule drills", Permissions.whoMaySchedule(SessionKind.DRILL));
		}
		Optional<Topic> topic = this.catalog.find(DRILL_TOPIC);
		SessionPlan plan = new SessionPlan(SessionKind.DRILL, topic.map(Topic::key).orElse(null),
				"Incident-response drill: " + type, args.local(), args.zone(), null,
				topic.map(Topic::roles).orElse(List.of()), false, false, args.invitees(), type, invocation.userId());
		Optional<CommandLimits.Refusal> refused = this.limits.use(invocation.userId(),
				CommandLimits.Limited.TRAINING_SCHEDULE);
		if (refused.isPresent()) {
			return Reply.ephemeral(refused.get().text());
		}
		return ScheduleReplies.of(this.sessions.schedule(plan), USAGE, args.zoneAssumed());
	}

}
