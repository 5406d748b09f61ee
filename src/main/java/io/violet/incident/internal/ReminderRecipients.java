package io.violet.incident.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFacts;
import io.violet.incident.Incident;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is told what about an incident outside its room: the incident module decides, the
 * Slack side delivers. Of a private incident nobody hears anything who is not in its
 * room.
 */
@Service
@Transactional(readOnly = true)
public class ReminderRecipients {

	private final Directory directory;

	private final UserFacts userFacts;

	private final RoomMembership membership;

	ReminderRecipients(Directory directory, UserFacts userFacts, RoomMembership membership) {
		this.directory = directory;
		this.userFacts = userFacts;
		this.membership = membership;
	}

	/**
	 * Who is reminded of a regulatory clock by direct message: legal's owners and backups
	 * who can be reached; of a private incident only those in its room, and when no legal
	 * owner is in it, the first one Violet can reach is to be invited before being told
	 * anything. A drill's clocks are reminded in the room only.
	 * @param incident the incident
	 * @return the recipients
	 */
	public ClockRecipients ofClock(Incident incident) {
		if (incident.drill()) {
			return new ClockRecipients(List.of(), Optional.empty());
		}
		RoleHolders legal = this.directory.holders(Role.LEGAL);
		List<String> reachable = legal.everyone().stream().filter(this::reachable).toList();
		if (!incident.privateRoom()) {
			return new ClockRecipients(reachable, Optional.empty());
		}
		Set<String> inRoom = this.membership.inRoom(incident.id());
		List<String> tell = reachable.stream().filter(inRoom::contains).toList();
		boolean ownerInRoom = legal.owners().stream().anyMatch(tell::contains);
		Optional<String> invite = ownerInRoom ? Optional.empty()
				: legal.owners().stream().filter(this::reachable).findFirst();
		return new ClockRecipients(tell, invite);
	}

	private boolean reachable(String userId) {
		return this.userFacts.cached(userId).map((fact) -> !fact.deactivated()).orElse(true);
	}

	/**
	 * Who hears of a clock.
	 *
	 * @param tell who is told now, by direct message
	 * @param inviteFirst a legal owner to invite into the private room first, and tell
	 * once Slack confirmed the invitation (never before)
	 */
	public record ClockRecipients(List<String> tell, Optional<String> inviteFirst) {

		public ClockRecipients {
			tell = List.copyOf(new LinkedHashSet<>(tell));
		}

	}

}
