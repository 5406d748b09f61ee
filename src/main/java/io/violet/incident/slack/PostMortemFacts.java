package io.violet.incident.slack;

import java.util.List;

import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.incident.Playbook;
import io.violet.incident.PostMortemAction;
import io.violet.incident.TimelineEntry;

/**
 * Everything a post-mortem shows, read at once.
 *
 * @param incident the incident
 * @param actions its follow-up actions, in order
 * @param clocks its regulatory clocks
 * @param checklist its checklist, in order
 * @param playbook its type's playbook
 * @param timeline its timeline, oldest first
 */
record PostMortemFacts(Incident incident, List<PostMortemAction> actions, List<ClockDeadline> clocks,
		List<ChecklistItem> checklist, Playbook playbook, List<TimelineEntry> timeline) {

	static PostMortemFacts of(Incident incident, IncidentQueries queries) {
		return new PostMortemFacts(incident, queries.postmortemActions(incident.id()),
				ClockDeadline.of(incident, queries.clocks(incident.id()), queries), queries.checklist(incident.id()),
				queries.playbook(incident.type()), queries.timeline(incident.id()));
	}

}
