package io.violet.teaming.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.teaming.Lens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings a role's new owner into the open sessions whose lens of that role had nobody to
 * answer it.
 */
@Service
public class OwnerAssignments {

	private final TeamingSessionRepository sessions;

	private final TeamingParticipantRepository participants;

	private final Initiatives initiatives;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ParticipantChoice choice;

	OwnerAssignments(TeamingSessionRepository sessions, TeamingParticipantRepository participants,
			Initiatives initiatives, AuditTrail audit, ApplicationEventPublisher events, ParticipantChoice choice) {
		this.sessions = sessions;
		this.participants = participants;
		this.initiatives = initiatives;
		this.audit = audit;
		this.events = events;
		this.choice = choice;
	}

	/**
	 * Brings a role's new owner into the open sessions whose lens of that role had nobody
	 * to answer it: they are invited like a participant chosen at the start, the card
	 * stops naming the lens as unowned, and its review can be signed off once they
	 * answer. Lenses that have a participant keep theirs. Safe to run twice.
	 * @param role the role
	 * @param userId its new owner
	 * @return how many lenses they were added to
	 */
	@Transactional
	public int ownerAssigned(Role role, String userId) {
		if (!this.choice.reachable(userId)) {
			return 0;
		}
		int count = 0;
		for (TeamingSession open : this.sessions.findByStateOrderByIdDesc(TeamingSession.State.OPEN)) {
			Optional<InitiativeDetails> initiative = this.initiatives.details(open.initiativeKey());
			if (initiative.isEmpty() || initiative.get().stage() == Stage.RETIRED) {
				continue;
			}
			boolean employment = initiative.get().has(io.violet.initiative.Attribute.EMPLOYMENT);
			List<Lens> filled = new ArrayList<>();
			for (Lens lens : Lens.values()) {
				if (lens.roles(employment).contains(role)
						&& this.participants.findBySessionIdAndLensOrderByIdAsc(open.id(), lens).isEmpty()) {
					filled.add(lens);
				}
			}
			if (filled.isEmpty()) {
				continue;
			}
			TeamingSession session = this.sessions.lockById(open.id()).orElseThrow();
			List<Long> ids = new ArrayList<>();
			for (Lens lens : filled) {
				// the lock makes a second run see the participant the first one added
				if (this.participants.findBySessionIdAndLensOrderByIdAsc(session.id(), lens).isEmpty()) {
					ids.add(this.participants
						.save(new Participant(session.id(), lens, userId, role, Participant.How.PRIMARY))
						.id());
				}
			}
			if (ids.isEmpty()) {
				continue;
			}
			count += ids.size();
			session.changed();
			this.audit.record(Actor.VIOLET, "teaming.participants-added", "initiative:" + session.initiativeKey(),
					"session " + session.id() + ": " + userId + ", new " + role.key() + " owner for "
							+ filled.stream().map(Lens::key).collect(Collectors.joining(",")));
			this.events.publishEvent(new TeamingEvents.ParticipantsAdded(session.id(), List.copyOf(ids)));
			this.events.publishEvent(new TeamingEvents.SessionChanged(session.id()));
		}
		return count;
	}

}
