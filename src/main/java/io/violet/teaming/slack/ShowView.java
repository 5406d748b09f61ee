package io.violet.teaming.slack;

import java.util.ArrayList;
import java.util.List;

import com.slack.api.model.block.LayoutBlock;
import io.violet.initiative.InitiativeDetails;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import io.violet.teaming.Finding;
import io.violet.teaming.Threat;
import io.violet.teaming.internal.SessionView;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * {@code /violet teaming show <KEY>}: the session card, the derived threat list and every
 * finding.
 */
final class ShowView {

	private ShowView() {
	}

	static Reply of(SessionView session) {
		List<LayoutBlock> blocks = new ArrayList<>(SessionCardView.blocks(session));
		blocks.add(threats(session.threats()));
		List<Finding> findings = session.findings();
		if (!findings.isEmpty()) {
			StringBuilder text = new StringBuilder("*Every finding of this session* (").append(findings.size())
				.append(')');
			findings.forEach((f) -> text.append('\n').append(Lines.finding(f)));
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(text.toString(), 3000)))));
		}
		return Reply.ephemeral(SessionCardView.text(session), blocks);
	}

	static Reply withoutSession(InitiativeDetails initiative, List<Threat> threats) {
		String text = "*" + initiative.key() + "* " + Mrkdwn.escapeAndTruncate(initiative.name(), 150)
				+ " has no violet-team session yet. Convene one with `/violet teaming start " + initiative.key()
				+ "` or the *Convene violet team* button on its card.";
		return Reply.ephemeral(text, List.of(section((s) -> s.text(markdownText(text))), threats(threats)));
	}

	static LayoutBlock threats(List<Threat> threats) {
		StringBuilder text = new StringBuilder(
				"*Derived threat list* (MITRE ATLAS / OWASP; from the attributes and ML-BOM, kept current)");
		if (threats.isEmpty()) {
			text.append("\nNo technique applies from what is recorded; add components with `/violet bom add`.");
		}
		threats.forEach((t) -> text.append('\n').append(Lines.threat(t)));
		return section((s) -> s.text(markdownText(Mrkdwn.truncate(text.toString(), 3000))));
	}

}
