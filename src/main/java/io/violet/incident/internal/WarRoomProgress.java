package io.violet.incident.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.NoSuchElementException;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.incident.Incident;
import io.violet.incident.SetupStep;
import io.violet.initiative.InitiativeCatalog;
import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the domain keeps of a war room's setup and upkeep, as soon as Slack
 * confirmed it: the channel, the names tried, the topic shown, the summary's and the
 * clocks' messages, and when setup was done. Which Slack effects happened is the Slack
 * job runner's record.
 */
@Service
@Transactional
public class WarRoomProgress {

	private final IncidentRepository incidents;

	private final WarRoomRecords rows;

	private final EntityManager entityManager;

	private final RegulatoryClockRepository clocks;

	private final AuditTrail audit;

	private final ObjectProvider<InitiativeCatalog> catalog;

	private final Clock clock;

	WarRoomProgress(IncidentRepository incidents, WarRoomRecords rows, EntityManager entityManager,
			RegulatoryClockRepository clocks, AuditTrail audit, ObjectProvider<InitiativeCatalog> catalog,
			Clock clock) {
		this.incidents = incidents;
		this.rows = rows;
		this.entityManager = entityManager;
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
	public Incident tryingChannelName(long incidentId, String name) {
		Incident incident = get(incidentId);
		incident.warRoom().tryChannelName(name);
		return incident;
	}

	public Incident channelCreated(long incidentId, String channelId, String name) {
		Incident incident = get(incidentId);
		incident.warRoom().channelCreated(channelId, name);
		this.incidents.saveAndFlush(incident);
		this.audit.record(Actor.VIOLET, "incident.channel-created", IncidentChanges.subject(incident),
				"#" + name + " " + channelId);
		return incident;
	}

	public void topicSet(long incidentId, String topic) {
		get(incidentId).warRoom().topicSet(topic);
	}

	/**
	 * Records the checklist's message, pinned, and the topic setup gave the room.
	 * @param incidentId the incident
	 * @param topic the topic as set
	 * @param summaryTs the pinned summary's ts
	 * @return the incident as now stored
	 */
	public Incident checklistPinned(long incidentId, String topic, String summaryTs) {
		Incident incident = get(incidentId);
		incident.warRoom().topicSet(topic);
		incident.warRoom().summaryPosted(summaryTs);
		incident.warRoom().checklistPinned(this.clock.instant());
		return incident;
	}

	/**
	 * Records the posted clocks message.
	 * @param incidentId the incident
	 * @param ts the message's ts
	 * @return the incident as now stored
	 */
	public Incident clocksPosted(long incidentId, String ts) {
		Incident incident = get(incidentId);
		incident.warRoom().clocksPosted(ts);
		return incident;
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
		incident.warRoom().announced(ts);
		incident.warRoom().advanceTo(SetupStep.DONE);
		InitiativeCatalog found = this.catalog.getIfAvailable();
		if (found != null && !incident.privateRoom() && !incident.drill() && incident.initiativeKey().isPresent()) {
			found.noteInThread(incident.initiativeKey().get(), threadNote);
		}
	}

	/**
	 * Records who was asked into the room and who could not be.
	 * @param incidentId the incident
	 * @param asked the members that were pending when Slack was asked
	 * @param failures user id → Slack's reason, for those who could not be invited
	 * @return the incident as now stored
	 */
	public void invited(long incidentId, Collection<String> asked, Map<String, String> failures) {
		failures.forEach((user, problem) -> this.rows.notInvited(incidentId, user, problem));
		this.rows.invited(incidentId, asked.stream().filter((user) -> !failures.containsKey(user)).toList(),
				this.clock.instant());
	}

	public void setupFailed(long incidentId, String problem) {
		Incident incident = get(incidentId);
		incident.warRoom().setupFailed(problem);
		this.audit.record(Actor.VIOLET, "incident.setup-failed", IncidentChanges.subject(incident), problem);
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
		this.audit.record(Actor.VIOLET, "incident.archived", IncidentChanges.subject(incident), null);
	}

	private Incident get(long id) {
		// straight to the persistence context: this runs once per step of every setup
		Incident incident = this.entityManager.find(Incident.class, id);
		if (incident == null) {
			throw new NoSuchElementException("No incident " + id);
		}
		return incident;
	}

}
