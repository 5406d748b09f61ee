package io.violet.incident;

import java.time.Clock;
import java.util.Map;

import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeCatalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records each war-room setup step as soon as Slack confirmed it, so that a retry after
 * an outage or a crash resumes where it stopped and never does a step twice.
 */
@Service
@Transactional
public class WarRoomProgress {

	private final Incidents incidents;

	private final IncidentMembers members;

	private final RegulatoryClocks clocks;

	private final AuditTrail audit;

	private final ObjectProvider<InitiativeCatalog> catalog;

	private final Clock clock;

	WarRoomProgress(Incidents incidents, IncidentMembers members, RegulatoryClocks clocks, AuditTrail audit,
			ObjectProvider<InitiativeCatalog> catalog, Clock clock) {
		this.incidents = incidents;
		this.members = members;
		this.clocks = clocks;
		this.audit = audit;
		this.catalog = catalog;
		this.clock = clock;
	}

	/**
	 * Notes the channel name about to be created, before asking Slack.
	 * @param incidentId the incident
	 * @param name the name
	 */
	public void tryingChannelName(long incidentId, String name) {
		get(incidentId).tryChannelName(name);
	}

	public void channelCreated(long incidentId, String channelId, String name) {
		Incident incident = get(incidentId);
		incident.channelCreated(channelId, name);
		this.incidents.saveAndFlush(incident);
		this.audit.record("violet", "incident.channel-created", IncidentService.subject(incident),
				"#" + name + " " + channelId);
	}

	public void reached(long incidentId, SetupStep step) {
		get(incidentId).advanceTo(step);
	}

	public void topicSet(long incidentId, String topic) {
		get(incidentId).topicSet(topic);
	}

	public void summaryPosted(long incidentId, String ts) {
		get(incidentId).summaryPosted(ts);
	}

	public void checklistPinned(long incidentId) {
		Incident incident = get(incidentId);
		incident.checklistPinned(this.clock.instant());
		incident.advanceTo(SetupStep.PINNED);
	}

	public void clocksPosted(long incidentId, String ts) {
		get(incidentId).clocksPosted(ts);
	}

	/**
	 * Records the announcement and, for incidents others may see, tells the initiative's
	 * thread (posted by the initiative module after this commits).
	 * @param incidentId the incident
	 * @param ts the announcement's ts, empty when nothing was announced
	 * @param threadNote the note for the initiative thread
	 */
	public void announced(long incidentId, String ts, String threadNote) {
		Incident incident = get(incidentId);
		incident.announced(ts);
		incident.advanceTo(SetupStep.DONE);
		InitiativeCatalog found = this.catalog.getIfAvailable();
		if (found != null && !incident.privateRoom() && !incident.drill() && incident.initiativeKey().isPresent()) {
			found.noteInThread(incident.initiativeKey().get(), threadNote);
		}
	}

	/**
	 * Records who was invited and who could not be.
	 * @param incidentId the incident
	 * @param failures user id → Slack's reason, for those who could not be invited
	 */
	public void invited(long incidentId, Map<String, String> failures) {
		for (IncidentMember member : this.members.findByIncidentIdOrderByIdAsc(incidentId)) {
			if (member.invite() != IncidentMember.Invite.PENDING) {
				continue;
			}
			String problem = failures.get(member.userId());
			if (problem != null) {
				member.couldNotInvite(problem);
			}
			else {
				member.invited();
			}
		}
	}

	public void setupFailed(long incidentId, String problem) {
		Incident incident = get(incidentId);
		incident.setupFailed(problem);
		this.audit.record("violet", "incident.setup-failed", IncidentService.subject(incident), problem);
	}

	public void statusRemindersSent(long incidentId) {
		get(incidentId).markStatusRemindersSent();
	}

	public void clockRemindersSent(long clockId) {
		this.clocks.findById(clockId).orElseThrow().markRemindersSent();
	}

	public void postmortemPosted(long incidentId, String ts) {
		get(incidentId).postmortemPosted(ts);
	}

	public void postmortemUploaded(long incidentId) {
		get(incidentId).markPostmortemUploaded();
	}

	public void archived(long incidentId) {
		Incident incident = get(incidentId);
		incident.archivedNow();
		this.audit.record("violet", "incident.archived", IncidentService.subject(incident), null);
	}

	private Incident get(long id) {
		return this.incidents.findById(id).orElseThrow();
	}

}
