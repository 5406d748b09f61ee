package io.violet.training.slack;

import java.util.List;

import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@code /violet workshop schedule "<title>" <when> --roles …}: ad-hoc interdisciplinary
 * workshops.
 */
@Component
class WorkshopCommand implements SlashCommandHandler {

	static final List<String> USAGE = List
		.of("/violet workshop schedule \"<title>\" <yyyy-MM-dd HH:mm> --roles a,b [--tz <zone>] [--invite @user…]");

	private final ScheduleCommandFlow flow;

	private final Form form = new Form();

	WorkshopCommand(ScheduleCommandFlow flow) {
		this.flow = flow;
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
		return this.flow.run(this.form, invocation.argsAfter(1), invocation.userId());
	}

	/**
	 * A quoted title, then the time; the roles are required and it does not repeat.
	 */
	private static final class Form implements ScheduleCommandFlow.Form<String> {

		@Override
		public SessionKind kind() {
			return SessionKind.WORKSHOP;
		}

		@Override
		public List<String> usage() {
			return USAGE;
		}

		@Override
		public ScheduleCommandFlow.Subject<String> subject(ArgSpec.Parsed parsed) {
			if (parsed.size() == 0 || parsed.positionals().get(0).text().isBlank()) {
				return ScheduleCommandFlow.Subject.problem("Give the workshop a title in quotes.");
			}
			String title = parsed.positionals().get(0).text().strip();
			if (title.length() > 200) {
				return ScheduleCommandFlow.Subject.problem("Keep the title under 200 characters.");
			}
			if (parsed.has("--every")) {
				return ScheduleCommandFlow.Subject
					.problem("Workshops do not repeat; schedule a catalog training with `--every` instead.");
			}
			return ScheduleCommandFlow.Subject.of(title);
		}

		@Override
		public @Nullable String check(ScheduleArgs.Result args) {
			return args.rolesGiven() ? null
					: "Name the roles to bring together with `--roles`, e.g. `--roles ml-engineer,legal,hr`.";
		}

		@Override
		public SessionPlan plan(String title, ScheduleArgs.Result args, String organiser) {
			return new SessionPlan(SessionKind.WORKSHOP, null, title, args.local(), args.zone(), null, args.roles(),
					true, false, args.invitees(), null, organiser);
		}

	}

}
