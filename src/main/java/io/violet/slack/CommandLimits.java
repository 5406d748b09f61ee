package io.violet.slack;

import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Per-person limits of the commands that create Slack objects (a channel and invitations
 * per incident, a file per ML-BOM export or evidence pack, invitations per session), so
 * that a script or a hostile insider cannot flood the workspace. Uses are counted in the
 * database, so every replica counts the same; a refusal is answered with when the next
 * use is allowed and recorded in the audit trail.
 */
@Component
public class CommandLimits {

	/**
	 * The limited commands.
	 */
	public enum Limited {

		/** {@code incident declare} and the report form. */
		INCIDENT_DECLARE("incident declare", "VIOLET_LIMITS_INCIDENT_DECLARE"),

		/** {@code bom export}. */
		BOM_EXPORT("bom export", "VIOLET_LIMITS_BOM_EXPORT"),

		/**
		 * {@code evidence <KEY>}: each builds a ZIP of a whole initiative and uploads it.
		 */
		EVIDENCE_EXPORT("evidence", "VIOLET_LIMITS_EVIDENCE_EXPORT"),

		/** {@code training|workshop|drill schedule} and the schedule form. */
		TRAINING_SCHEDULE("training schedule", "VIOLET_LIMITS_TRAINING_SCHEDULE");

		private final String command;

		private final String variable;

		Limited(String command, String variable) {
			this.command = command;
			this.variable = variable;
		}

		public String command() {
			return this.command;
		}

	}

	/**
	 * A refusal.
	 *
	 * @param text the ephemeral answer (mrkdwn)
	 * @param brief the same in at most 150 plain characters, for a form's field error
	 */
	public record Refusal(String text, String brief) {

	}

	private final JdbcTemplate jdbc;

	private final CommandLimitSettings settings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	CommandLimits(JdbcTemplate jdbc, CommandLimitSettings settings, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Counts a use of a limited command, or refuses it when the person used up the
	 * window's allowance. Call it once the command is valid, right before it creates
	 * anything; it writes one row and never calls Slack.
	 * @param userId who runs it
	 * @param what the command
	 * @return the refusal, empty when the use is allowed (and counted)
	 */
	public Optional<Refusal> use(String userId, Limited what) {
		int limit = limit(what);
		Duration window = this.settings.window();
		Instant now = this.clock.instant();
		Timestamp since = Timestamp.from(now.minus(window));
		this.jdbc.update("DELETE FROM command_use WHERE user_id = ? AND action = ? AND used_at <= ?", userId,
				what.name(), since);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		this.jdbc.update((connection) -> {
			PreparedStatement insert = connection.prepareStatement(
					"INSERT INTO command_use (user_id, action, used_at) VALUES (?, ?, ?)",
					Statement.RETURN_GENERATED_KEYS);
			insert.setString(1, userId);
			insert.setString(2, what.name());
			insert.setTimestamp(3, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKeyAs(Number.class).longValue();
		// the uses up to this one: of two replicas racing for the last use, the earlier
		// row gets it and the later one is refused
		Integer before = this.jdbc.queryForObject(
				"SELECT COUNT(*) FROM command_use WHERE user_id = ? AND action = ? AND used_at > ? AND used_at <= ?"
						+ " AND id <= ?",
				Integer.class, userId, what.name(), since, Timestamp.from(now), id);
		if (before == null || before <= limit) {
			return Optional.empty();
		}
		this.jdbc.update("DELETE FROM command_use WHERE id = ?", id);
		Timestamp oldest = this.jdbc.queryForObject(
				"SELECT MIN(used_at) FROM command_use WHERE user_id = ? AND action = ? AND used_at > ?",
				Timestamp.class, userId, what.name(), since);
		Instant next = ((oldest != null) ? oldest.toInstant() : now).plus(window);
		String span = describe(window);
		this.events.publishEvent(new CommandLimited(userId, what.command(), limit, span));
		String text = ":no_entry: You have run `" + what.command() + "` " + limit + " times in the last " + span
				+ ", Violet's limit for one person, so nothing was done this time. You can run it again from "
				+ Mrkdwn.date(next) + ". If this is a real emergency, ask a Violet admin: the limit is `"
				+ what.variable + "`.";
		String brief = "You ran " + what.command() + " " + limit + " times in " + span
				+ ", Violet's limit for one person. Try again in a few minutes.";
		return Optional.of(new Refusal(text, Mrkdwn.truncate(brief, 150)));
	}

	private int limit(Limited what) {
		return switch (what) {
			case INCIDENT_DECLARE -> this.settings.incidentDeclare();
			case BOM_EXPORT -> this.settings.bomExport();
			case EVIDENCE_EXPORT -> this.settings.evidenceExport();
			case TRAINING_SCHEDULE -> this.settings.trainingSchedule();
		};
	}

	private static String describe(Duration window) {
		long minutes = window.toMinutes();
		if (minutes >= 60 && minutes % 60 == 0) {
			long hours = minutes / 60;
			return (hours == 1) ? "hour" : hours + " hours";
		}
		if (minutes >= 1) {
			return (minutes == 1) ? "minute" : minutes + " minutes";
		}
		return window.toSeconds() + " seconds";
	}

}
