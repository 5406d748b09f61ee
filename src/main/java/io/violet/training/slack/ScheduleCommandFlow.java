package io.violet.training.slack;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import io.violet.slack.ArgSpec;
import io.violet.slack.CommandLimits;
import io.violet.slack.Reply;
import io.violet.slack.Token;
import io.violet.training.SessionKind;
import io.violet.training.SessionPlan;
import io.violet.training.TrainingSessions;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The steps every schedule command takes, in the same order: parse the words, read what
 * the session is about (its topic, title or incident type), read the shared parts (time,
 * zone, cadence, roles, invitees), check who asks, count the use against the limit,
 * schedule, and answer ephemerally. What is wrong with a command is said before whether
 * the person may give it, and nothing counts against the limit until both are settled.
 */
@Component
class ScheduleCommandFlow {

	private final TrainingSessions sessions;

	private final ScheduleArgs scheduleArgs;

	private final Permissions permissions;

	private final CommandLimits limits;

	ScheduleCommandFlow(TrainingSessions sessions, ScheduleArgs scheduleArgs, Permissions permissions,
			CommandLimits limits) {
		this.sessions = sessions;
		this.scheduleArgs = scheduleArgs;
		this.permissions = permissions;
		this.limits = limits;
	}

	/**
	 * Schedules what the words after {@code schedule} describe, or says what is wrong.
	 * @param <T> what the session is about
	 * @param form what one command reads
	 * @param words the words after {@code schedule}
	 * @param userId who schedules
	 * @return the ephemeral answer
	 */
	<T> Reply run(Form<T> form, List<Token> words, String userId) {
		ArgSpec.Parsed parsed = form.spec().parse(words);
		if (parsed.failed()) {
			return Reply.usage(String.valueOf(parsed.error()), form.usage());
		}
		Subject<T> subject = form.subject(parsed);
		if (subject.problem() != null) {
			return Reply.usage(subject.problem(), form.usage());
		}
		ScheduleArgs.Result args = this.scheduleArgs.read(parsed, 1, userId);
		if (args.problem() != null) {
			return Reply.usage(args.problem(), form.usage());
		}
		String problem = form.check(args);
		if (problem != null) {
			return Reply.usage(problem, form.usage());
		}
		if (!this.permissions.maySchedule(userId, form.kind())) {
			return notAllowed(form.kind());
		}
		SessionPlan plan = form.plan(Objects.requireNonNull(subject.value()), args, userId);
		Optional<CommandLimits.Refusal> refused = this.limits.use(userId, CommandLimits.Limited.TRAINING_SCHEDULE);
		if (refused.isPresent()) {
			return Reply.ephemeral(refused.get().text());
		}
		return ScheduleReplies.of(this.sessions.schedule(plan), form.usage(), args.zoneAssumed());
	}

	/**
	 * The refusal for someone who may not schedule this kind of session.
	 * @param kind training, workshop or drill
	 * @return the ephemeral refusal
	 */
	static Reply notAllowed(SessionKind kind) {
		return Reply.notAllowed("schedule " + kind.label().toLowerCase(Locale.ROOT) + "s",
				Permissions.whoMaySchedule(kind));
	}

	/**
	 * What one schedule command reads beyond the shared parts.
	 *
	 * @param <T> what the session is about
	 */
	interface Form<T> {

		/**
		 * @return the kind of session scheduled
		 */
		SessionKind kind();

		/**
		 * @return the words and options the command takes
		 */
		default ArgSpec spec() {
			return ScheduleArgs.SPEC;
		}

		/**
		 * @return the right form, shown beside a problem
		 */
		List<String> usage();

		/**
		 * Reads what the session is about from the first word, before the shared parts.
		 * @param parsed the parsed words
		 * @return the subject or what is wrong with it
		 */
		Subject<T> subject(ArgSpec.Parsed parsed);

		/**
		 * Checks the shared parts as this command needs them.
		 * @param args the shared parts, already valid
		 * @return what is wrong, or null
		 */
		default @Nullable String check(ScheduleArgs.Result args) {
			return null;
		}

		/**
		 * @param subject what the session is about
		 * @param args the shared parts
		 * @param organiser who schedules
		 * @return the session to schedule
		 */
		SessionPlan plan(T subject, ScheduleArgs.Result args, String organiser);

	}

	/**
	 * What a session is about, or what is wrong with how it was named.
	 *
	 * @param <T> a topic, a title or an incident type
	 * @param value the subject, or null
	 * @param problem what is wrong, or null
	 */
	record Subject<T>(@Nullable T value, @Nullable String problem) {

		static <T> Subject<T> of(T value) {
			return new Subject<>(value, null);
		}

		static <T> Subject<T> problem(String problem) {
			return new Subject<>(null, problem);
		}

	}

}
