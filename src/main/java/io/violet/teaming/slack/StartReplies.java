package io.violet.teaming.slack;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.StartResult;

/**
 * What {@code teaming start} and the "Convene violet team" button answer.
 */
final class StartReplies {

	private StartReplies() {
	}

	static Reply of(StartResult result, String typedKey, ZoneId zone) {
		SessionView session = result.session();
		return switch (result.outcome()) {
			case UNKNOWN -> TeamingCommand.unknown(typedKey, TeamingCommand.USAGE_START);
			case NOT_ALLOWED -> Reply.notAllowed("convene a violet team on " + Mrkdwn.escapeAndTruncate(typedKey, 30),
					"Violet admins, the initiative's owner and security-architect owners");
			case RETIRED -> Reply.ephemeral(":information_source: " + Mrkdwn.escapeAndTruncate(typedKey, 30)
					+ " is retired; a violet team is convened on live initiatives only.");
			case INVALID -> Reply.usage(result.problem(), List.of(TeamingCommand.USAGE_START));
			case ALREADY_OPEN -> Reply.ephemeral(":information_source: *" + session.key()
					+ "* already has an open violet-team session (" + Lines.summaryOf(session)
					+ "). See it with `/violet teaming show " + session.key() + "`; add people with `--add @user`.");
			case ADDED -> Reply.ephemeral(":busts_in_silhouette: Added "
					+ (result.added().isEmpty() ? "no one new (they already take part)"
							: result.added().stream().map(Mrkdwn::user).collect(Collectors.joining(", ")))
					+ " to the violet team on *" + session.key()
					+ "*; they get the questions of the lenses they hold a role in.");
			case STARTED -> Reply.ephemeral(started(session, zone));
		};
	}

	private static String started(SessionView session, ZoneId zone) {
		int questions = session.lenses().stream().mapToInt(SessionView.LensView::questions).sum();
		StringBuilder text = new StringBuilder(":busts_in_silhouette: Violet team convened on *").append(session.key())
			.append(' ')
			.append(Mrkdwn.escapeAndTruncate(session.initiative().name(), 150))
			.append("*: ")
			.append(session.lenses().size())
			.append(" lenses, ")
			.append(questions)
			.append(" questions chosen from its attributes and ML-BOM, ")
			.append(session.threats().size())
			.append(" derived threats; lenses due ")
			.append(Lines.date(session.dueAt()))
			.append('.');
		for (SessionView.LensView lens : session.lenses()) {
			text.append("\n• *").append(lens.lens().title()).append("*: ");
			text.append(lens.participants().isEmpty() ? ":warning: no owner"
					: lens.participants()
						.stream()
						.map((p) -> Mrkdwn.user(p.userId()))
						.collect(Collectors.joining(", ")));
		}
		if (!session.unowned().isEmpty()) {
			text.append("\n:warning: No one owns a role of ")
				.append(session.unowned()
					.stream()
					.map((l) -> "*" + l.lens().title() + "*")
					.collect(Collectors.joining(", ")))
				.append(": Violet admins have been told. The session runs; add people later with `/violet teaming start ")
				.append(session.key())
				.append(" --add @user`.");
		}
		if (session.meetAt() != null) {
			text.append("\n:calendar: Workshop requested for ")
				.append(Lines.date(session.meetAt()))
				.append(" (read in ")
				.append(zone.getId())
				.append(") with every participant; the open findings are its agenda.");
		}
		text.append("\nParticipants get a DM with their questions; the session card is in the initiative's thread.");
		return text.toString();
	}

}
