package io.violet.teaming.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackMessage;
import io.violet.teaming.Finding;
import io.violet.teaming.internal.SessionView;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

/**
 * The summary posted in the initiative's thread when every lens has answered.
 */
final class SummaryView {

	private SummaryView() {
	}

	static SlackMessage message(SessionView session) {
		String text = text(session);
		List<LayoutBlock> blocks = (text.length() <= 3000) ? List.of(section((s) -> s.text(markdownText(text))))
				: List.of();
		return SlackMessage.of(text, blocks);
	}

	static String text(SessionView session) {
		StringBuilder text = new StringBuilder(":white_check_mark: *Every lens of the violet team on ")
			.append(session.key())
			.append(" has answered.* ");
		List<Finding> findings = session.findings();
		if (findings.isEmpty()) {
			text.append("No lens raised a concern.");
		}
		else {
			text.append(findings.size())
				.append(findings.size() == 1 ? " finding" : " findings")
				.append(", ")
				.append(Lines.severities(session.openBySeverity()))
				.append('.');
			Map<String, List<Finding>> byOwner = new LinkedHashMap<>();
			session.openFindings()
				.forEach((f) -> byOwner.computeIfAbsent(f.owner(), (o) -> new java.util.ArrayList<>()).add(f));
			if (!byOwner.isEmpty()) {
				text.append("\n*Owners:* ")
					.append(byOwner.entrySet()
						.stream()
						.map((e) -> Mrkdwn.user(e.getKey()) + " ("
								+ e.getValue().stream().map(Finding::label).collect(Collectors.joining(", ")) + ")")
						.collect(Collectors.joining(" · ")));
			}
			session.openFindings()
				.stream()
				.limit(SessionCardView.FINDINGS_SHOWN)
				.forEach((f) -> text.append('\n').append(Lines.finding(f)));
		}
		text.append(session.gateHeld()
				? "\n:no_entry: The *Violet team review* stays open until every high and critical finding is closed "
						+ "(`/violet teaming resolve " + session.key() + " <n> \"<mitigation>\"`)."
				: "\n:unlock: No high or critical finding is open: the *Violet team review* is signed off.");
		if (session.workshopKey() != null && session.meetAt() != null) {
			text.append("\n:calendar: Workshop ")
				.append(session.workshopKey())
				.append(' ')
				.append(Lines.date(session.meetAt()))
				.append(": the open findings above are its agenda.");
		}
		return text.toString();
	}

}
