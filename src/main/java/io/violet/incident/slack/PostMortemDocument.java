package io.violet.incident.slack;

import java.time.Duration;
import java.util.List;

import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentRole;
import io.violet.incident.Playbook;
import io.violet.incident.PostMortemAction;
import io.violet.incident.TimelineEntry;

/**
 * The post-mortem as the Markdown file uploaded to the war room.
 */
final class PostMortemDocument {

	private PostMortemDocument() {
	}

	/**
	 * The post-mortem as Markdown, for the uploaded file (plain UTC times, since a file
	 * cannot show each reader's zone).
	 * @param facts the incident and what its post-mortem shows
	 * @return the document
	 */
	static String markdown(PostMortemFacts facts) {
		Incident incident = facts.incident();
		StringBuilder md = new StringBuilder();
		md.append("# Post-mortem: ")
			.append(incident.drill() ? "DRILL " : "")
			.append("AI incident ")
			.append(incident.label())
			.append(" — ")
			.append(incident.title())
			.append("\n\n");
		md.append("- Type: ").append(incident.type().key()).append('\n');
		md.append("- Severity: ").append(incident.severity().key()).append('\n');
		md.append("- Declared: ").append(WarRoomTexts.UTC_TIME.format(incident.declaredAt())).append('\n');
		md.append("- Time to contain: ")
			.append(incident.containedAt()
				.map((t) -> WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), t)))
				.orElse("not contained"))
			.append('\n');
		md.append("- Time to resolve: ")
			.append(incident.resolvedAt()
				.map((t) -> WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), t)))
				.orElse("not resolved"))
			.append('\n');
		for (IncidentRole role : IncidentRole.values()) {
			md.append("- ")
				.append(WarRoomTexts.capitalise(role.key()))
				.append(": ")
				.append(incident.holder(role).orElse("none"))
				.append('\n');
		}
		md.append("\n## Summary\n\n").append(incident.postmortemSummary().orElse("")).append("\n\n");
		md.append("## Root cause\n\n").append(incident.postmortemRootCause().orElse("")).append("\n\n");
		md.append("## Follow-up actions\n\n");
		List<PostMortemAction> actions = facts.actions();
		if (actions.isEmpty()) {
			md.append(incident.postmortemFollowups().orElse("")).append("\n\n");
		}
		else {
			for (PostMortemAction action : actions) {
				md.append("- ")
					.append(action.text())
					.append(" — owner ")
					.append(action.ownerId().orElse("to be named"))
					.append(action.followUpKey().map((key) -> " (tracked as " + key + ")").orElse(""))
					.append('\n');
			}
			md.append('\n');
		}
		md.append("## Regulatory clocks\n\n");
		List<ClockDeadline> clocks = facts.clocks();
		if (clocks.isEmpty()) {
			md.append("None applied.\n");
		}
		for (ClockDeadline clock : clocks) {
			md.append("- ")
				.append(clock.rule().title())
				.append(" (")
				.append(clock.term())
				.append("): ")
				.append(clock.outcome(incident))
				.append('\n');
		}
		md.append("\n## Checklist\n\n");
		for (ChecklistItem item : facts.checklist()) {
			md.append("- [")
				.append(item.done() ? "x" : " ")
				.append("] ")
				.append(item.phase())
				.append(": ")
				.append(item.text());
			if (!item.refs().isBlank()) {
				md.append(" (").append(item.refs()).append(')');
			}
			if (item.done()) {
				md.append(" — ")
					.append(item.doneBy().orElse(""))
					.append(", ")
					.append(WarRoomTexts.UTC_TIME.format(item.doneAt().orElseThrow()))
					.append(" (+")
					.append(WarRoomTexts.elapsed(Duration.between(incident.declaredAt(), item.doneAt().orElseThrow())))
					.append(')');
			}
			md.append('\n');
		}
		md.append("\n## References\n\n");
		Playbook playbook = facts.playbook();
		playbook.atlas()
			.forEach((r) -> md.append("- MITRE ATLAS ").append(r.id()).append(' ').append(r.name()).append('\n'));
		playbook.owasp().forEach((r) -> md.append("- OWASP ").append(r.id()).append(' ').append(r.name()).append('\n'));
		md.append("\n## Timeline\n\n");
		for (TimelineEntry entry : facts.timeline()) {
			md.append("- ")
				.append(WarRoomTexts.UTC_TIME.format(entry.occurredAt()))
				.append(" ")
				.append(entry.actor())
				.append(": ")
				.append(entry.text())
				.append('\n');
		}
		return md.toString();
	}

}
