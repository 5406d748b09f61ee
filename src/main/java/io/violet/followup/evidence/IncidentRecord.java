package io.violet.followup.evidence;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.Optional;

import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.IncidentRole;
import io.violet.incident.Playbook;
import io.violet.incident.PostMortemAction;
import io.violet.incident.RegulatoryClock;
import io.violet.incident.TimelineEntry;

/**
 * One linked incident as the pack records it (Markdown): its facts, its regulatory clocks
 * in the regulation's own terms ("72 hours"), its checklist, its timeline and its
 * post-mortem. Times are UTC.
 */
final class IncidentRecord {

	private IncidentRecord() {
	}

	static void write(Incident incident, IncidentQueries queries, Writer out) throws IOException {
		out.write("# Incident " + incident.label() + ": " + line(incident.title()) + "\n\n");
		Playbook playbook = queries.playbook(incident.type());
		out.write("- Type: " + incident.type().key() + " (" + incident.type().title() + ")\n");
		playbook.atlas().forEach((r) -> write(out, "- MITRE ATLAS " + r.id() + " " + r.name() + "\n"));
		playbook.owasp().forEach((r) -> write(out, "- OWASP " + r.id() + " " + r.name() + "\n"));
		out.write("- Severity: " + incident.severity().key() + "\n");
		out.write("- Status: " + incident.status().key() + (incident.closedAt().isPresent() ? " (closed)" : "") + "\n");
		out.write("- Private room: " + (incident.privateRoom() ? "yes" : "no") + "\n");
		out.write("- Personal data involved: " + (incident.personalData() ? "yes" : "no") + "\n");
		out.write("- Reported by: " + incident.reporter() + "\n");
		for (IncidentRole role : IncidentRole.values()) {
			out.write("- " + capitalised(role.key()) + ": " + incident.holder(role).orElse("none") + "\n");
		}
		out.write("- Declared: " + incident.declaredAt() + "\n");
		out.write("- Became aware: " + incident.awareAt() + "\n");
		out.write("- Contained: " + time(incident.containedAt()) + "\n");
		out.write("- Resolved: " + time(incident.resolvedAt()) + "\n");
		out.write("- Closed: " + time(incident.closedAt()) + "\n");
		if (incident.description().isPresent()) {
			out.write("\n## What happened\n\n" + incident.description().get() + "\n");
		}
		out.write("\n## Regulatory clocks\n\n");
		var clocks = queries.clocks(incident.id());
		if (clocks.isEmpty()) {
			out.write("None applied.\n");
		}
		for (RegulatoryClock clock : clocks) {
			var rule = queries.rule(clock);
			Instant deadline = queries.deadline(incident, clock);
			out.write("- " + rule.title() + ": within " + rule.term() + " of becoming aware; deadline " + deadline
					+ "; " + outcome(incident, clock, deadline) + "\n");
		}
		out.write("\n## Checklist\n\n");
		for (ChecklistItem item : queries.checklist(incident.id())) {
			out.write("- [" + (item.done() ? "x" : " ") + "] " + item.phase() + ": " + line(item.text())
					+ (item.refs().isBlank() ? "" : " (" + item.refs() + ")")
					+ (item.done() ? " — " + item.doneBy().orElse("") + ", " + time(item.doneAt()) : "") + "\n");
		}
		out.write("\n## Timeline\n\n");
		for (TimelineEntry entry : queries.timeline(incident.id())) {
			out.write("- " + entry.occurredAt() + " " + entry.actor() + ": " + line(entry.text()) + "\n");
		}
		out.write("\n## Post-mortem\n\n");
		if (incident.postmortemSummary().isEmpty()) {
			out.write("Not resolved yet: no post-mortem.\n");
			return;
		}
		out.write("### Summary\n\n" + incident.postmortemSummary().orElse("") + "\n\n");
		out.write("### Root cause\n\n" + incident.postmortemRootCause().orElse("") + "\n\n");
		out.write("### Follow-up actions\n\n");
		var actions = queries.postmortemActions(incident.id());
		if (actions.isEmpty()) {
			out.write(incident.postmortemFollowups().orElse("None recorded.") + "\n");
		}
		for (PostMortemAction action : actions) {
			out.write("- " + line(action.text()) + " — owner " + action.ownerId().orElse("to be named")
					+ action.followUpKey()
						.map((key) -> " (tracked as " + key + ", see follow-ups.csv)")
						.orElse(" (not tracked)")
					+ "\n");
		}
	}

	private static String outcome(Incident incident, RegulatoryClock clock, Instant deadline) {
		return switch (clock.state()) {
			case DONE -> "notified " + time(clock.decidedAt()) + " by " + clock.decidedBy().orElse("someone")
					+ (clock.decidedAt().orElseThrow().isAfter(deadline) ? " (late)" : " (in time)");
			case NOT_APPLICABLE ->
				"not applicable, per " + clock.decidedBy().orElse("someone") + " " + time(clock.decidedAt());
			case RUNNING ->
				incident.resolvedAt().orElse(Instant.MAX).isAfter(deadline) ? "no notification recorded" : "running";
		};
	}

	private static String time(Optional<Instant> instant) {
		return instant.map(Instant::toString).orElse("—");
	}

	static String line(String text) {
		return text.replace("\r", "").replace("\n", " ");
	}

	private static String capitalised(String key) {
		return Character.toUpperCase(key.charAt(0)) + key.substring(1);
	}

	private static void write(Writer out, String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
