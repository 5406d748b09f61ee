package io.violet.teaming.slack;

import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackMessage;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingReminder;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

/**
 * The direct messages of a session: invitations, nudges, escalations, findings.
 */
final class Notices {

	/** Opens the lens's modal; value {@code <sessionId>|<lens>}. */
	static final String ANSWER_ACTION = "teaming_lens_open";

	/** Opens the mitigation modal; value {@code <KEY>|<number>}. */
	static final String RESOLVE_ACTION = "teaming_finding_resolve";

	private Notices() {
	}

	static SlackMessage invitation(SessionView session, SessionView.LensView lens, SessionView.ParticipantView who) {
		String text = ":busts_in_silhouette: " + Mrkdwn.user(session.startedBy()) + " convened the *violet team* on *"
				+ session.key() + " " + Mrkdwn.escapeAndTruncate(session.initiative().name(), 150)
				+ "*. You answer the *" + lens.lens().title() + "* lens (as " + who.role().title() + "): "
				+ lens.questions() + " questions chosen for this system, due " + Lines.date(session.dueAt())
				+ ".\nEvery lens sees the same system; each question says why it matters, so you also learn what "
				+ "the others worry about. The discussion is in the initiative's thread.";
		return withButton(text,
				answerButton(session.id(), lens.lens(), "Answer the " + lens.lens().title() + " questions"));
	}

	static SlackMessage questionsAdded(SessionView session, Lens lens, int count) {
		String text = ":new: The ML-BOM of *" + session.key() + "* changed: " + count + " new "
				+ (count == 1 ? "question applies" : "questions apply") + " to the *" + lens.title()
				+ "* lens of its violet team. Your earlier answers are kept.";
		return withButton(text, answerButton(session.id(), lens, "Answer the new questions"));
	}

	static SlackMessage nudge(SessionView session, Lens lens) {
		String text = ":bell: Reminder: the *" + lens.title() + "* lens of the violet team on *" + session.key()
				+ "* is due " + Lines.date(session.dueAt()) + " and has not answered yet.";
		return withButton(text, answerButton(session.id(), lens, "Answer the " + lens.title() + " questions"));
	}

	static SlackMessage escalation(SessionView session, Lens lens, List<String> participants, boolean admin) {
		String text = ":rotating_light: The *" + lens.title() + "* lens of the violet team on *" + session.key()
				+ "* was due " + Lines.date(session.dueAt()) + " and has not answered. " + (admin
						? "Its roles have no backup; as a Violet admin, please find someone and add them with `/violet teaming start "
								+ session.key() + " --add @user`."
						: "As a backup of one of its roles, please step in: ask to be added with `/violet teaming start "
								+ session.key() + " --add @you`, or nudge ")
				+ (admin || participants.isEmpty() ? ""
						: participants.stream().map(Mrkdwn::user).collect(Collectors.joining(", ")) + ".");
		return SlackMessage.of(text);
	}

	static SlackMessage overdue(SessionView session, Lens lens) {
		return SlackMessage.of(":alarm_clock: The *" + lens.title() + "* lens of this violet team was due "
				+ Lines.date(session.dueAt())
				+ " and is overdue; its roles' backups are being asked to step in during their working hours.");
	}

	static SlackMessage unowned(SessionView session) {
		return SlackMessage.of(":warning: The violet team on *" + session.key() + " "
				+ Mrkdwn.escapeAndTruncate(session.initiative().name(), 150) + "* started without anyone for "
				+ session.unowned()
					.stream()
					.map((l) -> "*" + l.lens().title() + "* ("
							+ l.lens()
								.roles(session.initiative().has(io.violet.initiative.Attribute.EMPLOYMENT))
								.stream()
								.map((r) -> "`" + r.key() + "`")
								.collect(Collectors.joining(", "))
							+ ")")
					.collect(Collectors.joining(", "))
				+ ". Assign an owner (`/violet role assign <role> @user`) and add them with `/violet teaming start "
				+ session.key() + " --add @user`; until then the *Violet team review* cannot be signed off.");
	}

	static SlackMessage findingRaised(Finding finding, String initiativeName) {
		String text = Lines.severityIcon(finding.severity()) + " You own finding *" + finding.label() + "* on *"
				+ finding.initiativeKey() + " " + Mrkdwn.escapeAndTruncate(initiativeName, 150) + "*, raised by "
				+ Mrkdwn.user(finding.raisedBy()) + " from the " + finding.lens().title() + " lens ("
				+ finding.severity().title() + (finding.due() != null ? ", due " + finding.due() : "") + "):\n>"
				+ Mrkdwn.escapeAndTruncate(finding.text(), 2000).replace("\n", "\n>")
				+ "\nClose it with the mitigation when it is handled"
				+ (finding.severity().holdsTheGate() ? "; until then it holds the *Violet team review*." : ".");
		return withButton(text, resolveButton(finding));
	}

	static SlackMessage findingResolved(Finding finding) {
		return SlackMessage.of(":white_check_mark: Finding *" + finding.label() + "* on *" + finding.initiativeKey()
				+ "* (" + finding.severity().title() + ", " + finding.lens().title() + ") was closed by "
				+ Mrkdwn.user(finding.resolvedBy() != null ? finding.resolvedBy() : finding.owner())
				+ ".\n*Mitigation:* "
				+ Mrkdwn.escapeAndTruncate(finding.mitigation() != null ? finding.mitigation() : "", 2000));
	}

	static SlackMessage reminder(TeamingReminder reminder, SessionView session, boolean toAdmin) {
		return switch (reminder.kind()) {
			case NUDGE -> nudge(session, reminder.lens());
			case OVERDUE -> overdue(session, reminder.lens());
			case ESCALATION -> escalation(session, reminder.lens(),
					session.lenses()
						.stream()
						.filter((l) -> l.lens() == reminder.lens())
						.flatMap((l) -> l.participants().stream())
						.map(SessionView.ParticipantView::userId)
						.toList(),
					toAdmin);
		};
	}

	static BlockElement answerButton(long sessionId, Lens lens, String label) {
		return button((b) -> b.actionId(ANSWER_ACTION)
			.text(plainText(Mrkdwn.truncate(label, 75)))
			.value(sessionId + "|" + lens.key())
			.style("primary"));
	}

	static BlockElement resolveButton(Finding finding) {
		return button((b) -> b.actionId(RESOLVE_ACTION)
			.text(plainText("Close " + finding.label() + " with a mitigation"))
			.value(finding.initiativeKey() + "|" + finding.number()));
	}

	private static SlackMessage withButton(String text, BlockElement button) {
		List<LayoutBlock> blocks = List.of(section((s) -> s.text(markdownText(Mrkdwn.truncate(text, 3000)))),
				actions((a) -> a.elements(List.of(button))));
		return SlackMessage.of(text, blocks);
	}

}
