package io.violet.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.directory.Directory;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.incident.internal.ChecklistItemRepository;
import io.violet.incident.internal.IncidentMember;
import io.violet.incident.internal.IncidentMemberRepository;
import io.violet.incident.internal.IncidentRepository;
import io.violet.incident.internal.IncidentSettings;
import io.violet.incident.internal.Playbooks;
import io.violet.incident.internal.PostMortemActionRepository;
import io.violet.incident.internal.RegulatoryClockRepository;
import io.violet.incident.internal.RoomMembership;
import io.violet.incident.internal.TimelineEntryRepository;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads incidents for views, listeners and commands. Reads of one row or one list join a
 * transaction when there is one and otherwise need none.
 */
@Service
@Transactional(readOnly = true)
public class IncidentQueries {

	private final IncidentRepository incidents;

	private final IncidentMemberRepository members;

	private final ChecklistItemRepository items;

	private final TimelineEntryRepository timeline;

	private final RegulatoryClockRepository clocks;

	private final PostMortemActionRepository actions;

	private final Directory directory;

	private final IncidentSettings settings;

	private final Playbooks playbooks;

	private final UserFacts userFacts;

	private final RoomMembership membership;

	IncidentQueries(IncidentRepository incidents, IncidentMemberRepository members, ChecklistItemRepository items,
			TimelineEntryRepository timeline, RegulatoryClockRepository clocks, PostMortemActionRepository actions,
			Directory directory, IncidentSettings settings, Playbooks playbooks, UserFacts userFacts,
			RoomMembership membership) {
		this.actions = actions;
		this.userFacts = userFacts;
		this.membership = membership;
		this.incidents = incidents;
		this.members = members;
		this.items = items;
		this.timeline = timeline;
		this.clocks = clocks;
		this.directory = directory;
		this.settings = settings;
		this.playbooks = playbooks;
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Incident> byId(long id) {
		return this.incidents.findById(id);
	}

	public Optional<Incident> byChannel(String channelId) {
		return this.incidents.findByChannelId(channelId);
	}

	public Optional<Incident> bySession(String sessionKey) {
		return this.incidents.findBySessionKey(sessionKey);
	}

	/**
	 * Whether another incident already owns a channel (one incident, one channel).
	 * @param channelId the channel
	 * @param incidentId the incident asking
	 * @return true when it belongs to another incident
	 */
	public boolean channelOwnedByOther(String channelId, long incidentId) {
		return this.incidents.findByChannelId(channelId).map((i) -> i.id() != incidentId).orElse(false);
	}

	/**
	 * An incident with everything its pinned messages show, read without a transaction of
	 * its own: war-room setup reads it on every declaration, and a tick landing between
	 * two of its reads only shows one message update later.
	 * @param incidentId the incident
	 * @return the room, empty for an unknown incident
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<Room> room(long incidentId) {
		return this.incidents.findById(incidentId)
			.map((incident) -> new Room(incident, members(incidentId), checklist(incidentId), clocks(incidentId)));
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<IncidentMember> members(long incidentId) {
		return this.members.findByIncidentIdOrderByIdAsc(incidentId);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<ChecklistItem> checklist(long incidentId) {
		return this.items.findByIncidentIdOrderByPositionAsc(incidentId);
	}

	public Optional<ChecklistItem> item(long itemId) {
		return this.items.findById(itemId);
	}

	public List<TimelineEntry> timeline(long incidentId) {
		return this.timeline.findByIncidentIdOrderByOccurredAtAscIdAsc(incidentId);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<RegulatoryClock> clocks(long incidentId) {
		return this.clocks.findByIncidentIdOrderByIdAsc(incidentId);
	}

	public Optional<RegulatoryClock> clock(long clockId) {
		return this.clocks.findById(clockId);
	}

	public Playbook playbook(IncidentType type) {
		return this.playbooks.of(type);
	}

	public ClockRule rule(RegulatoryClock clock) {
		return this.settings.clock(clock.ruleKey());
	}

	/**
	 * A clock's deadline, from the incident's "became aware at" time.
	 * @param incident the incident
	 * @param clock the clock
	 * @return the deadline
	 */
	public Instant deadline(Incident incident, RegulatoryClock clock) {
		return incident.awareAt().plus(rule(clock).deadline());
	}

	/**
	 * Open incidents a user may see: private ones only for admins and those in their war
	 * room's channel (an invitation Slack refused grants nothing; leaving takes it away).
	 * Drills are left out. Never waits for Slack: rooms whose members this node has not
	 * read yet are read after the answer (see {@link RoomMembership}).
	 * @param userId the user
	 * @return the incidents, newest first
	 */
	public List<Incident> openVisibleTo(String userId) {
		List<Incident> open = this.incidents.findByClosedAtIsNullAndArchivedFalseOrderByIdDesc()
			.stream()
			.filter((i) -> !i.drill())
			.toList();
		List<Long> privateRooms = open.stream().filter(Incident::privateRoom).map(Incident::id).toList();
		privateRooms.forEach(this.membership::readIfUnknown);
		if (privateRooms.isEmpty() || knownAdmin(userId)) {
			return open;
		}
		Set<Long> mine = this.members.findByUserIdAndIncidentIdIn(userId, privateRooms)
			.stream()
			.filter(IncidentMember::inRoom)
			.map(IncidentMember::incidentId)
			.collect(Collectors.toSet());
		return open.stream().filter((i) -> !i.privateRoom() || mine.contains(i.id())).toList();
	}

	/**
	 * Whether a user may see an incident: anyone for an open room, and for a private one
	 * only admins and the people in its room's channel (as {@link RoomMembership} records
	 * it).
	 * @param incident the incident
	 * @param userId the user
	 * @return true when they may see it
	 */
	public boolean visibleTo(Incident incident, String userId) {
		return !incident.privateRoom() || knownAdmin(userId) || inRoom(incident.id(), userId);
	}

	/**
	 * Whether a user is in an incident's room's channel, as recorded from Slack (an
	 * invitation Slack refused grants nothing; leaving takes it away).
	 * @param incidentId the incident
	 * @param userId the user
	 * @return true for someone in the room
	 */
	public boolean inRoom(long incidentId, String userId) {
		return this.membership.inRoom(incidentId, userId);
	}

	/**
	 * The incidents (not drills) declared for an initiative, whoever may see them:
	 * callers show a private one only as {@link #visibleTo} allows.
	 * @param initiativeKey the initiative's key, as stored
	 * @return oldest first
	 */
	public List<Incident> linkedTo(String initiativeKey) {
		return this.incidents.findByInitiativeKeyAndDrillFalseOrderByIdAsc(initiativeKey);
	}

	/**
	 * The follow-up actions of an incident's post-mortem draft.
	 * @param incidentId the incident
	 * @return the actions, in order
	 */
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public List<PostMortemAction> postmortemActions(long incidentId) {
		return this.actions.findByIncidentIdOrderByPositionAsc(incidentId);
	}

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	public Optional<PostMortemAction> postmortemAction(long actionId) {
		return this.actions.findById(actionId);
	}

	/**
	 * Whether a user is an admin as far as Violet knows without asking Slack (lists and
	 * App Home must not wait on Slack).
	 */
	private boolean knownAdmin(String userId) {
		return this.directory.configuredAdmins().contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	public List<String> legalHolders() {
		return List.copyOf(this.directory.holders(io.violet.directory.Role.LEGAL).everyone());
	}

	public Set<String> configuredAdmins() {
		return this.directory.configuredAdmins();
	}

	/**
	 * What a war room's summary and clocks messages show.
	 *
	 * @param incident the incident
	 * @param members who was asked in, in order
	 * @param checklist the checklist, in order
	 * @param clocks the regulatory clocks, in order
	 */
	public record Room(Incident incident, List<IncidentMember> members, List<ChecklistItem> checklist,
			List<RegulatoryClock> clocks) {
	}

}
