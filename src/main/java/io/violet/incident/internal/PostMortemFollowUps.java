package io.violet.incident.internal;

import java.time.LocalDate;

import io.violet.audit.AuditTrail;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.PostMortemAction;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An incident's follow-ups: post-mortem actions confirmed as tracked items, follow-ups
 * typed in the war room, and the post-mortem draft kept current when one changes. The
 * tracking itself belongs to the follow-up module, when it is installed.
 */
@Service
public class PostMortemFollowUps {

	private final PostMortemActionRepository actions;

	private final IncidentRepository incidents;

	private final ObjectProvider<IncidentFollowUps> followUps;

	private final IncidentChanges changes;

	private final IncidentPermissions permissions;

	private final WarRoomActivity activity;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	PostMortemFollowUps(PostMortemActionRepository actions, IncidentRepository incidents,
			ObjectProvider<IncidentFollowUps> followUps, IncidentChanges changes, IncidentPermissions permissions,
			WarRoomActivity activity, AuditTrail audit, ApplicationEventPublisher events) {
		this.actions = actions;
		this.incidents = incidents;
		this.followUps = followUps;
		this.changes = changes;
		this.permissions = permissions;
		this.activity = activity;
		this.audit = audit;
		this.events = events;
	}

	/**
	 * Confirms a post-mortem action: it becomes a tracked follow-up owned by its owner.
	 * @param actionId the action
	 * @param by who confirms (the commander, security-architect owners, admins)
	 * @return the outcome, with the follow-up's key when tracked
	 */
	@Transactional
	public IncidentFollowUps.Tracked trackAction(long actionId, String by) {
		PostMortemAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new IllegalArgumentException("No post-mortem action " + actionId));
		Incident incident = this.changes.get(action.incidentId());
		if (action.followUpKey().isPresent()) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.ALREADY_TRACKED, action.followUpKey().get());
		}
		if (!this.permissions.mayManage(incident, by)) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_ALLOWED, "");
		}
		if (action.ownerId().isEmpty()) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NO_OWNER, "");
		}
		IncidentFollowUps tracking = this.followUps.getIfAvailable();
		if (tracking == null) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_AVAILABLE, "");
		}
		IncidentFollowUps.Tracked tracked = tracking.track(new IncidentFollowUps.Action(incident.id(), action.text(),
				action.ownerId().get(), null, by, "postmortem-action:" + action.id()));
		if (tracked.tracked()) {
			action.tracked(tracked.key());
			this.changes.addTimeline(incident, by, "Follow-up " + tracked.key() + " tracked from the post-mortem: "
					+ action.text() + " — owner <@" + action.ownerId().get() + ">");
			this.audit.record(by, "incident.followup-confirmed", IncidentChanges.subject(incident),
					tracked.key() + " from post-mortem action " + action.position());
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident.id()));
		}
		return tracked;
	}

	/**
	 * Tracks a follow-up typed in the war room ({@code /violet incident follow-up}).
	 * Anyone in the room may add one, as they may add a note.
	 * @param incident the incident
	 * @param text what is to be done
	 * @param ownerId who does it
	 * @param due when it is due, or null
	 * @param by who asks
	 * @param sourceKey what makes the request unique (its command's trigger)
	 * @return the outcome, with the follow-up's key when tracked
	 */
	@Transactional
	public IncidentFollowUps.Tracked addFollowUp(long incident, String text, String ownerId, @Nullable LocalDate due,
			String by, String sourceKey) {
		Incident found = this.changes.get(incident);
		IncidentFollowUps tracking = this.followUps.getIfAvailable();
		if (tracking == null) {
			return new IncidentFollowUps.Tracked(IncidentFollowUps.Outcome.NOT_AVAILABLE, "");
		}
		this.activity.typedInRoom(found, by);
		IncidentFollowUps.Tracked tracked = tracking
			.track(new IncidentFollowUps.Action(incident, text.strip(), ownerId, due, by, sourceKey));
		if (tracked.outcome() == IncidentFollowUps.Outcome.TRACKED) {
			this.changes.addTimeline(found, by,
					"Follow-up " + tracked.key() + ": " + IncidentChanges.cut(text.strip(), 500) + " — owner <@"
							+ ownerId + ">" + ((due != null) ? ", due " + due : ""));
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident));
		}
		return tracked;
	}

	/**
	 * Tells the incident that one of its follow-ups changed (done, reopened, reassigned),
	 * so that its post-mortem draft shows the current counts.
	 * @param incident the incident
	 */
	@Transactional
	public void followUpsChanged(long incident) {
		if (this.incidents.existsById(incident)) {
			this.events.publishEvent(new IncidentEvents.PostMortemChanged(incident));
		}
	}

}
