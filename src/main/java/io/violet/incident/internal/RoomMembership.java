package io.violet.incident.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is in a war room's channel: what a private incident's visibility, reminders and
 * checklist follow. Slack is the authority: invitations it confirmed, its
 * {@code member_joined_channel} and {@code member_left_channel} events, and a full read
 * of the channel's members. A failed invitation puts nobody in; leaving takes them out.
 * <p>
 * Events can be missed (while Violet was down, or before it recorded membership at all),
 * so each node reads a room's members once after it starts, the first time the room's
 * visibility matters; the read runs after the answer, and until it arrives what was
 * recorded decides.
 */
@Service
public class RoomMembership {

	private final IncidentRepository incidents;

	private final IncidentMemberRepository members;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<RoomMembersReader> reader;

	private final Clock clock;

	/** Rooms whose members this node has read from Slack since it started. */
	private final Set<Long> readHere = ConcurrentHashMap.newKeySet();

	RoomMembership(IncidentRepository incidents, IncidentMemberRepository members, AuditTrail audit,
			ApplicationEventPublisher events, ObjectProvider<RoomMembersReader> reader, Clock clock) {
		this.incidents = incidents;
		this.members = members;
		this.audit = audit;
		this.events = events;
		this.reader = reader;
		this.clock = clock;
	}

	/**
	 * Whether someone is in a room, as recorded; asks for a read of the room's members
	 * when this node has not made one yet.
	 * @param incidentId the incident
	 * @param userId the user
	 * @return true when Slack last said they are in the room
	 */
	@Transactional(readOnly = true)
	public boolean inRoom(long incidentId, String userId) {
		readIfUnknown(incidentId);
		return this.members.findByIncidentIdAndUserId(incidentId, userId).map(IncidentMember::inRoom).orElse(false);
	}

	/**
	 * Everyone in a room, as recorded.
	 * @param incidentId the incident
	 * @return their user ids
	 */
	@Transactional(readOnly = true)
	public Set<String> inRoom(long incidentId) {
		readIfUnknown(incidentId);
		return this.members.findByIncidentIdOrderByIdAsc(incidentId)
			.stream()
			.filter(IncidentMember::inRoom)
			.map(IncidentMember::userId)
			.collect(Collectors.toCollection(java.util.LinkedHashSet::new));
	}

	/**
	 * Asks for a read of a room's members unless this node made one since it started.
	 * @param incidentId the incident
	 */
	public void readIfUnknown(long incidentId) {
		if (!this.readHere.contains(incidentId)) {
			RoomMembersReader found = this.reader.getIfAvailable();
			if (found != null) {
				found.readSoon(incidentId);
			}
		}
	}

	/**
	 * Slack says someone joined a channel ({@code member_joined_channel}).
	 * @param channelId the channel; nothing happens unless it is a war room
	 * @param userId who joined
	 * @param at when
	 */
	@Transactional
	public void joined(String channelId, String userId, Instant at) {
		this.incidents.findByChannelId(channelId).ifPresent((incident) -> presence(incident, userId, true, at));
	}

	/**
	 * Slack says someone left a channel or was removed ({@code member_left_channel}).
	 * @param channelId the channel; nothing happens unless it is a war room
	 * @param userId who left
	 * @param at when
	 */
	@Transactional
	public void left(String channelId, String userId, Instant at) {
		this.incidents.findByChannelId(channelId).ifPresent((incident) -> presence(incident, userId, false, at));
	}

	/**
	 * Someone typed a command in a private room: only its members can, so it proves they
	 * are in it even when Slack's event has not arrived yet.
	 * @param incident the incident
	 * @param userId who typed
	 */
	@Transactional
	public void typedInRoom(Incident incident, String userId) {
		presence(incident, userId, true, this.clock.instant());
	}

	/**
	 * Slack invited someone Violet asked in after setup (e.g. legal for a clock).
	 * @param incidentId the incident
	 * @param userId who
	 * @param reason why they were asked in, e.g. {@code legal (regulatory clock)}
	 */
	@Transactional
	public void invitedLater(long incidentId, String userId, String reason) {
		Incident incident = this.incidents.findById(incidentId).orElseThrow();
		Optional<IncidentMember> known = this.members.findByIncidentIdAndUserId(incidentId, userId);
		if (known.isEmpty()) {
			this.members.save(new IncidentMember(incidentId, userId, reason, IncidentMember.Invite.INVITED));
		}
		presence(incident, userId, true, this.clock.instant());
		this.audit.record(Actor.VIOLET, "incident.invited", IncidentChanges.subject(incident),
				"user " + userId + " (" + reason + ")");
	}

	/**
	 * Slack would not let someone Violet asked in after setup into the room.
	 * @param incidentId the incident
	 * @param userId who
	 * @param reason why they were asked in
	 * @param problem Slack's reason
	 */
	@Transactional
	public void notInvitedLater(long incidentId, String userId, String reason, String problem) {
		Incident incident = this.incidents.findById(incidentId).orElseThrow();
		this.audit.record(Actor.VIOLET, "incident.invite-failed", IncidentChanges.subject(incident),
				"user " + userId + " (" + reason + "): " + problem);
	}

	/**
	 * What a full read of a room's members found; what Violet heard later than the read
	 * began stays.
	 * @param incidentId the incident
	 * @param inChannel everyone in the channel (the bot left out)
	 * @param readAt when the read began
	 */
	@Transactional
	public void reconciled(long incidentId, Collection<String> inChannel, Instant readAt) {
		Incident incident = this.incidents.findById(incidentId).orElse(null);
		if (incident == null) {
			return;
		}
		Map<String, IncidentMember> known = this.members.findByIncidentIdOrderByIdAsc(incidentId)
			.stream()
			.collect(Collectors.toMap(IncidentMember::userId, Function.identity()));
		boolean changed = false;
		for (IncidentMember member : known.values()) {
			changed |= change(incident, member, inChannel.contains(member.userId()), readAt);
		}
		for (String user : Set.copyOf(inChannel)) {
			if (!known.containsKey(user)) {
				this.members.save(IncidentMember.inRoom(incidentId, user, "joined", readAt));
				this.audit.record(Actor.VIOLET, "incident.room-joined", IncidentChanges.subject(incident),
						"user " + user);
			}
		}
		if (changed) {
			this.events.publishEvent(new IncidentEvents.IncidentUpdated(incidentId));
		}
		afterCommit(() -> this.readHere.add(incidentId));
	}

	private void presence(Incident incident, String userId, boolean present, Instant at) {
		Optional<IncidentMember> known = this.members.findByIncidentIdAndUserId(incident.id(), userId);
		if (known.isPresent()) {
			if (change(incident, known.get(), present, at)) {
				this.events.publishEvent(new IncidentEvents.IncidentUpdated(incident.id()));
			}
		}
		else if (present) {
			this.members.save(IncidentMember.inRoom(incident.id(), userId, "joined", at));
			this.audit.record(Actor.VIOLET, "incident.room-joined", IncidentChanges.subject(incident),
					"user " + userId);
		}
	}

	private boolean change(Incident incident, IncidentMember member, boolean present, Instant at) {
		boolean wasFailed = member.invite() == IncidentMember.Invite.FAILED;
		if (!member.presence(present, at)) {
			return false;
		}
		this.audit.record(Actor.VIOLET, present ? "incident.room-joined" : "incident.room-left",
				IncidentChanges.subject(incident), "user " + member.userId());
		// the pinned summary lists failed invitations: it changes when one of them is in
		return wasFailed && present;
	}

	private static void afterCommit(Runnable task) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					task.run();
				}
			});
		}
		else {
			task.run();
		}
	}

}
