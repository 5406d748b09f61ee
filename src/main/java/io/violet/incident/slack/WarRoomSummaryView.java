package io.violet.incident.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentRole;
import io.violet.incident.Playbook;
import io.violet.incident.internal.IncidentMember;
import io.violet.slack.Mrkdwn;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.option;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.checkboxes;

/**
 * The war room's pinned summary: the incident's facts, the people Violet could not
 * invite, and the checklist with a box per step.
 */
final class WarRoomSummaryView {

	static final String ITEM_BLOCK = "incident_item_";

	private WarRoomSummaryView() {
	}

	static String text(Incident incident) {
		return (incident.drill() ? "[DRILL] " : "") + "AI incident " + incident.label() + ": "
				+ Mrkdwn.escapeAndTruncate(incident.title(), 200);
	}

	static List<LayoutBlock> blocks(IncidentQueries.Room room, Playbook playbook) {
		Incident incident = room.incident();
		List<LayoutBlock> blocks = new ArrayList<>();
		blocks.add(header((h) -> h.text(plainText(Mrkdwn.truncate((incident.drill() ? "DRILL · " : "") + "AI incident "
				+ incident.label() + " · " + incident.type().title(), 150)))));
		StringBuilder facts = new StringBuilder("*").append(Mrkdwn.escapeAndTruncate(incident.title(), 600))
			.append("*\n");
		facts.append("Severity *")
			.append(incident.severity().key())
			.append("* · status *")
			.append(incident.status().key())
			.append(incident.closedAt().isPresent() ? " (closed)" : "")
			.append("*")
			.append(incident.privateRoom() ? " · :lock: private" : "")
			.append(incident.personalData() ? " · personal data involved" : "")
			.append('\n');
		for (IncidentRole role : IncidentRole.values()) {
			facts.append(WarRoomTexts.capitalise(role.key()))
				.append(": ")
				.append(incident.holder(role).map(Mrkdwn::user).orElse("_none_"))
				.append("  ");
		}
		facts.append('\n')
			.append("Reported by ")
			.append(Mrkdwn.user(incident.reporter()))
			.append(' ')
			.append(Mrkdwn.date(incident.declaredAt()));
		WarRoomTexts.initiative(incident).ifPresent((text) -> facts.append(" · initiative ").append(text));
		incident.evidenceLink().ifPresent((link) -> facts.append("\nEvidence: ").append(Mrkdwn.link(link, "message")));
		incident.description()
			.ifPresent((d) -> facts.append("\n>").append(Mrkdwn.escapeAndTruncate(d, 1200).replace("\n", "\n>")));
		blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(facts.toString(), 3000)))));
		incident.evidenceQuote()
			.ifPresent((q) -> blocks.add(section((s) -> s.text(markdownText(Mrkdwn
				.truncate("Quoted evidence:\n>" + Mrkdwn.escapeAndTruncate(q, 2500).replace("\n", "\n>"), 3000))))));
		String refs = WarRoomTexts.references(playbook);
		if (!refs.isEmpty()) {
			blocks.add(context((c) -> c.elements(List.of(markdownText(Mrkdwn.truncate(refs, 2000))))));
		}
		List<IncidentMember> failed = room.members()
			.stream()
			.filter((m) -> m.invite() == IncidentMember.Invite.FAILED)
			.toList();
		if (!failed.isEmpty()) {
			String list = failed.stream()
				.map((m) -> Mrkdwn.user(m.userId()) + " (" + m.reason() + ": " + m.problem() + ")")
				.collect(Collectors.joining(", "));
			blocks.add(section((s) -> s.text(markdownText(Mrkdwn.truncate(
					":warning: Could not invite " + list + ". Bring them in another way if they are needed.", 3000)))));
		}
		blocks.add(divider());
		String phase = "";
		for (ChecklistItem item : room.checklist()) {
			StringBuilder text = new StringBuilder();
			if (!item.phase().equals(phase)) {
				phase = item.phase();
				text.append("*").append(Mrkdwn.escape(phase)).append("*\n");
			}
			text.append(item.done() ? "~" + Mrkdwn.escape(item.text()) + "~" : Mrkdwn.escape(item.text()));
			if (!item.refs().isBlank()) {
				text.append("  `").append(Mrkdwn.escape(item.refs())).append('`');
			}
			if (item.done()) {
				text.append("\n:white_check_mark: ")
					.append(Mrkdwn.user(item.doneBy().orElseThrow()))
					.append(' ')
					.append(Mrkdwn.date(item.doneAt().orElseThrow()))
					.append(" (+")
					.append(WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), item.doneAt().orElseThrow())))
					.append(')');
			}
			OptionObject done = option(plainText("Done"), Long.toString(item.id()));
			blocks.add(section((s) -> s.blockId(ITEM_BLOCK + item.id())
				.text(markdownText(Mrkdwn.truncate(text.toString(), 3000)))
				.accessory(checkboxes((c) -> {
					c.actionId(IncidentInteractions.CHECK).options(List.of(done));
					if (item.done()) {
						c.initialOptions(List.of(done));
					}
					return c;
				}))));
		}
		return blocks.subList(0, Math.min(blocks.size(), 50));
	}

}
