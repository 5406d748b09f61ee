package io.violet.training.slack;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.violet.slack.ArgSpec;
import io.violet.slack.CommandInvocation;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.slack.SlashCommandHandler;
import io.violet.training.Catalog;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.Topic;

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

	// drills neither repeat nor take roles: the drill topic's audience is invited
	private static final ArgSpec SPEC = ArgSpec.none().withOptions("--tz").withMultiOptions("--invite");

	private final Catalog catalog;

	private final ScheduleCommandFlow flow;

	private final Form form = new Form();

	DrillCommand(Catalog catalog, ScheduleCommandFlow flow) {
		this.catalog = catalog;
		this.flow = flow;
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
		return this.flow.run(this.form, invocation.argsAfter(1), invocation.userId());
	}

	/**
	 * An incident type, then the time.
	 */
	private final class Form implements ScheduleCommandFlow.Form<String> {

		@Override
		public SessionKind kind() {
			return SessionKind.DRILL;
		}

		@Override
		public ArgSpec spec() {
			return SPEC;
		}

		@Override
		public List<String> usage() {
			return USAGE;
		}

		@Override
		public ScheduleCommandFlow.Subject<String> subject(ArgSpec.Parsed parsed) {
			if (parsed.size() == 0) {
				return ScheduleCommandFlow.Subject
					.problem("Name the incident type: " + String.join(" ", INCIDENT_TYPES) + ".");
			}
			String type = String.valueOf(parsed.text(0)).toLowerCase(Locale.ROOT);
			if (!INCIDENT_TYPES.contains(type)) {
				return ScheduleCommandFlow.Subject.problem("Unknown incident type `"
						+ Mrkdwn.escapeAndTruncate(type, 40) + "`. Types: " + String.join(" ", INCIDENT_TYPES) + ".");
			}
			return ScheduleCommandFlow.Subject.of(type);
		}

		@Override
		public SessionPlan plan(String type, ScheduleArgs.Result args, String organiser) {
			Optional<Topic> topic = DrillCommand.this.catalog.find(DRILL_TOPIC);
			return new SessionPlan(SessionKind.DRILL, topic.map(Topic::key).orElse(null),
					"Incident-response drill: " + type, args.local(), args.zone(), null,
					topic.map(Topic::roles).orElse(List.of()), false, false, args.invitees(), type, organiser);
		}

	}

}
