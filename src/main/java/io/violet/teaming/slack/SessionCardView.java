package io.violet.teaming.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.TextObject;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackMessage;
import io.violet.teaming.Finding;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.SessionView.LensView;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

/**
 * The session card in the initiative's thread, kept current with {@code chat.update}:
 * lenses answered, findings by severity, who is still pending.
 */
final class SessionCardView {

	/** The card lists this many open findings; the rest are counted. */
	static final int FINDINGS_SHOWN = 10;

	/** The workshop line names this many findings of its agenda. */
	static final int AGENDA_SHOWN = 20;

	private SessionCardView() {
	}

	static SlackMessage message(SessionView session) {
		return SlackMessage.of(text(session), blocks(session));
	}

	static String text(SessionView session) {
		return "Violet team on " + session.key() + ": " + Lines.summaryOf(session);
	}

	/**
	 * The workshop's agenda: the findings open now, by number, so the card always shows
	 * what is left to discuss.
	 */
	static String agenda(List<Finding> open) {
		if (open.isEmpty()) {
			return "the open findings (none so far).";
		}
		String numbers = open.stream()
			.limit(AGENDA_SHOWN)
			.map((f) -> "`" + f.label() + "`")
			.collect(Collectors.joining(", "));
		return "the " + open.size() + " open finding" + (open.size() == 1 ? "" : "s") + " (" + numbers
				+ (open.size() > AGENDA_SHOWN ? ", …" : "") + ").";
	}

	static List<LayoutBlock> blocks(SessionView session) {
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText(Mrkdwn.truncate(
				"Violet team · " + session.key() + " · " + (session.open() ? "in progress" : "every lens answered"),
				150), true))));
		blocks.add(section((s) -> s.text(markdownText("*" + Mrkdwn.escapeAndTruncate(session.initiative().name(), 200)
				+ "*\nConvened by " + Mrkdwn.user(session.startedBy()) + " · lenses due " + Lines.date(session.dueAt())
				+ "\n*" + session.answeredLenses() + "/" + session.lenses().size() + " lenses answered* · findings: "
				+ Lines.severities(session.openBySeverity()) + " of " + session.findings().size()))));
		List<TextObject> fields = new ArrayList<>();
		for (LensView lens : session.lenses()) {
			fields.add(markdownText(Mrkdwn.truncate(Lines.lens(lens), 1900)));
		}
		blocks.add(section((s) -> s.fields(fields)));
		if (!session.unowned().isEmpty()) {
			blocks.add(section((s) -> s.text(markdownText(":warning: No one could be asked for "
					+ session.unowned()
						.stream()
						.map((l) -> "*" + l.lens().title() + "*")
						.collect(Collectors.joining(", "))
					+ ". Violet admins were told; add people with `/violet teaming start " + session.key()
					+ " --add @user`."))));
		}
		List<Finding> open = session.openFindings();
		if (!open.isEmpty()) {
			StringBuilder text = new StringBuilder("*Open findings*");
			open.stream().limit(FINDINGS_SHOWN).forEach((f) -> text.append('\n').append(Lines.finding(f)));
			if (open.size() > FINDINGS_SHOWN) {
				text.append("\n…and ")
					.append(open.size() - FINDINGS_SHOWN)
					.append(" more (`/violet teaming show ")
					.append(session.key())
					.append("`).");
			}
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(text.toString(), 2900)))));
		}
		if (session.meetAt() != null) {
			String workshop = (session.workshopKey() != null)
					? ":calendar: Workshop " + session.workshopKey() + " " + Lines.date(session.meetAt())
							+ " with every participant; agenda: " + agenda(open)
					: (session.workshopProblem() != null)
							? ":warning: The workshop could not be scheduled: "
									+ Mrkdwn.escapeAndTruncate(session.workshopProblem(), 400)
							: ":calendar: Workshop requested for " + Lines.date(session.meetAt()) + ".";
			blocks.add(section((s) -> s.text(markdownText(workshop))));
		}
		blocks.add(context((c) -> c.elements(List.of(markdownText(session.threats().size()
				+ " threats derived from the attributes and ML-BOM · participants answer from Violet's DM · `/violet teaming show "
				+ session.key() + "`")))));
		return blocks;
	}

}
