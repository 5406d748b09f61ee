package io.violet.training.slack;

import java.util.List;
import java.util.Optional;

import io.violet.slack.CommandLimits;
import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.slack.Token;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.TrainingSessions;

import org.springframework.stereotype.Component;

/**
 * {@code /violet workshop schedule "<title>" <when> --roles …}: ad-hoc interdisciplinary
 * workshops.
 */
@Component
class WorkshopCommand implements SlashCommandHandler {

	static final List<String> USAGE = List
		.of("/violet workshop schedule \"<title>\" <yyyy-MM-dd HH:mm> --roles a,b [--tz <zone>] [--invite @user…]");

	private final TrainingSessions sessions;

	private final CommandLimits limits;

	private final ScheduleArgs scheduleArgs;

	private final Permissions permissions;

	WorkshopCommand(TrainingSessions sessions, ScheduleArgs scheduleArgs, Permissions permissions,
			CommandLimits limits) {
		this.limits = limits;
		this.sessions = sessions;
		this.scheduleArgs = scheduleArgs;
		this.permissions = permissions;
	}

	@Override
	public String subcommand() {
		return "workshop";
	}

	@Override
	public List<String> usage() {
		return USAGE;
	}

	@Override
	public Reply handle(CommandInvocation invocation) {
		if (!invocation.word(0).equals("schedule")) {
			return Reply.unknownAction("workshop", "workshops", invocation.word(0), USAGE);
		}
		List<Token> rest = invocation.argsAfter(1);
		ArgSpec.Parsed parsed = ScheduleArgs.SPEC.parse(rest);
		if (parsed.failed()) {
			return Reply.usage(String.valueOf(parsed.error()), USAGE);
		}
		if (parsed.size() == 0 || parsed.positionals().get(0).text().isBlank()) {
			return Reply.usage("Give the workshop a title in quotes.", USAGE);
		}
		String title = parsed.positionals().get(0).text().strip();
		if (title.length() > 200) {
			return Reply.usage("Keep the title under 200 characters.", USAGE);
		}
		if (parsed.has("--every")) {
			return Reply.usage("Workshops do not repeat; schedule a catalog training with `--every` instead.", USAGE);
		}
		ScheduleArgs.Result args = this.scheduleArgs.read(parsed, 1, invocation.userId());
		if (args.problem() != null) {
			return Reply.usage(args.problem(), USAGE);
		}
		if (!args.rolesGiven()) {
			return Reply.usage("Name the roles to bring together with `--roles`, e.g. `--roles ml-engineer,legal,hr`.",
					USAGE);
		}
		if (!this.permissions.maySchedule(invocation.userId(), SessionKind.WORKSHOP)) {
			return Reply.notAllowed("schedule workshops", Permissions.whoMaySchedule(SessionKind.WORKSHOP));
		}
		SessionPlan plan = new SessionPlan(SessionKind.WORKSHOP, null, title, args.local(), args.zone(), null,
				args.roles(), true, false, args.invitees(), null, invocation.userId());
		Optional<CommandLimits.Refusal> refused = this.limits.use(invocation.userId(),
				CommandLimits.Limited.TRAINING_SCHEDULE);
		if (refused.isPresent()) {
			return Reply.ephemeral(refused.get().text());
		}
		return ScheduleReplies.of(this.sessions.schedule(plan), USAGE, args.zoneAssumed());
	}

}
