package io.violet.incident.internal;

import java.time.Clock;

import io.violet.audit.AuditTrail;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.TimelineEntry;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * How every change to an incident is recorded, whoever makes it: a line in its timeline,
 * an entry in the audit trail, and an event the Slack side follows.
 */
@Component
class IncidentChanges {

	static final int TIMELINE_MAX = 3000;

	private final IncidentRepository incidents;

	private final IncidentMemberRepository members;

	private final TimelineEntryRepository timeline;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	IncidentChanges(IncidentRepository incidents, IncidentMemberRepository members, TimelineEntryRepository timeline,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.incidents = incidents;
		this.members = members;
		this.timeline = timeline;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	Incident get(long id) {
		return this.incidents.findById(id).orElseThrow(() -> new IllegalArgumentException("No incident " + id));
	}

	void changed(Incident incident, String by, String action, String what) {
		addTimeline(incident, by, what);
		this.audit.record(by, action, subject(incident), cut(what, 500));
		this.events.publishEvent(new IncidentEvents.IncidentUpdated(incident.id()));
	}

	void addTimeline(Incident incident, String actor, String text) {
		this.timeline.save(new TimelineEntry(incident.id(), this.clock.instant(), actor, cut(text, TIMELINE_MAX)));
	}

	/**
	 * Records someone who acted on the incident as one of its people, when they were not.
	 */
	void joined(long incident, String user) {
		if (this.members.findByIncidentIdAndUserId(incident, user).isEmpty()) {
			this.members.save(new IncidentMember(incident, user, "joined", IncidentMember.Invite.JOINED));
		}
	}

	static String subject(Incident incident) {
		return "incident:" + incident.id();
	}

	static String cut(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

}
