package io.violet.incident.internal;

import java.time.Clock;

import io.violet.audit.AuditTrail;
import io.violet.incident.ChecklistItem;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.internal.Outcome.Request;
import io.violet.incident.internal.Outcome.Result;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone in a war room does there: notes and Slack messages added to the timeline,
 * checklist items ticked. Acting in a private room's channel proves someone is in it.
 */
@Service
public class WarRoomActivity {

	private final IncidentChanges changes;

	private final IncidentPermissions permissions;

	private final RoomMembership membership;

	private final ChecklistItemRepository items;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WarRoomActivity(IncidentChanges changes, IncidentPermissions permissions, RoomMembership membership,
			ChecklistItemRepository items, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.changes = changes;
		this.permissions = permissions;
		this.membership = membership;
		this.items = items;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Adds a note typed in the room ({@code /violet incident note}). Only the room's
	 * members can type in a private channel, so a note there also records its author as
	 * in the room.
	 * @param incident the incident
	 * @param text the note
	 * @param by who typed it
	 * @return the outcome
	 */
	@Transactional
	public Outcome note(long incident, String text, String by) {
		Incident found = this.changes.get(incident);
		if (text.isBlank()) {
			return Outcome.of(Result.NO_TEXT, Request.NOTE, found);
		}
		typedInRoom(found, by);
		this.changes.addTimeline(found, by, "Note: " + IncidentChanges.cut(text, IncidentChanges.TIMELINE_MAX - 10));
		this.audit.record(by, "incident.note", IncidentChanges.subject(found), IncidentChanges.cut(text, 500));
		return Outcome.of(Result.DONE, Request.NOTE, found);
	}

	/**
	 * Ticks or unticks a checklist item.
	 * @param itemId the item
	 * @param done whether it is done now
	 * @param by who clicked
	 * @return the outcome
	 */
	@Transactional
	public Outcome tick(long itemId, boolean done, String by) {
		ChecklistItem item = this.items.findById(itemId).orElseThrow();
		Incident found = this.changes.get(item.incidentId());
		if (!this.permissions.fromTheRoom(found, by)) {
			// the box the user clicked shows the stored state again
			this.events.publishEvent(new IncidentEvents.IncidentUpdated(found.id()));
			return Outcome.of(Result.NOT_IN_ROOM, Request.CHECKLIST, found);
		}
		if (item.done() == done) {
			return Outcome.of(Result.UNCHANGED, Request.CHECKLIST, found, done ? "done" : "open");
		}
		if (done) {
			item.tick(by, this.clock.instant());
		}
		else {
			item.untick();
		}
		this.changes.joined(found.id(), by);
		this.changes.changed(found, by, "incident.checklist", (done ? "Done: " : "Reopened: ") + item.text());
		return Outcome.of(Result.DONE, Request.CHECKLIST, found);
	}

	/**
	 * Adds a Slack message to the timeline (the "Add to timeline" shortcut).
	 * @param incident the incident
	 * @param author who wrote the message
	 * @param text its text
	 * @param permalink its link
	 * @param by who added it
	 * @return the outcome
	 */
	@Transactional
	public Outcome addMessage(long incident, String author, String text, String permalink, String by) {
		Incident found = this.changes.get(incident);
		if (!this.permissions.fromTheRoom(found, by)) {
			return Outcome.of(Result.NOT_IN_ROOM, Request.MESSAGE, found);
		}
		this.changes.joined(incident, by);
		this.changes.addTimeline(found, by,
				"Message by <@" + author + ">: " + IncidentChanges.cut(text, 2000) + " (" + permalink + ")");
		this.audit.record(by, "incident.timeline", IncidentChanges.subject(found), permalink);
		return Outcome.of(Result.DONE, Request.MESSAGE, found);
	}

	/**
	 * Records that someone typed a command in the incident's room: for a private room
	 * that proves they are in it, for another it makes them one of its people.
	 */
	void typedInRoom(Incident incident, String user) {
		if (incident.privateRoom()) {
			this.membership.typedInRoom(incident, user);
		}
		else {
			this.changes.joined(incident.id(), user);
		}
	}

}
