package io.violet.followup.internal;

import java.util.Optional;

import io.violet.directory.Directory;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.followup.FollowUp;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;

import org.springframework.stereotype.Component;

/**
 * Who may see and who may change a follow-up. Everyone sees a follow-up unless it belongs
 * to a private incident: then only the people in that incident's room and admins do,
 * everywhere (lists, App Home, reminders, exports, tracker issues). Its owner, the
 * incident's commander, the initiative's owner and admins may change one they can see.
 * Answers come from the database and Violet's cached user facts, never from Slack, so
 * they fit inside an ack.
 */
@Component
public class FollowUpAccess {

	private final IncidentQueries incidents;

	private final InitiativeCatalog initiatives;

	private final Directory directory;

	private final UserFacts userFacts;

	FollowUpAccess(IncidentQueries incidents, InitiativeCatalog initiatives, Directory directory, UserFacts userFacts) {
		this.incidents = incidents;
		this.initiatives = initiatives;
		this.directory = directory;
		this.userFacts = userFacts;
	}

	/**
	 * Whether a user may see a follow-up.
	 * @param followUp the follow-up
	 * @param userId the user
	 * @return true when they may
	 */
	public boolean mayView(FollowUp followUp, String userId) {
		if (!followUp.privateIncident() || followUp.incidentId() == null) {
			return true;
		}
		return isAdmin(userId) || this.incidents.inRoom(followUp.incidentId(), userId);
	}

	/**
	 * Whether a user may change a follow-up (mark it done, reopen, reassign, move its due
	 * date, snooze it): its owner, the incident's commander, the initiative's owner and
	 * admins, when they may see it.
	 * @param followUp the follow-up
	 * @param userId the user
	 * @return true when they may
	 */
	public boolean mayChange(FollowUp followUp, String userId) {
		if (!mayView(followUp, userId)) {
			return false;
		}
		return followUp.ownerId().equals(userId) || commander(followUp).map(userId::equals).orElse(false)
				|| initiativeOwner(followUp).map(userId::equals).orElse(false) || isAdmin(userId);
	}

	/**
	 * The incident's commander, when the follow-up belongs to an incident that has one.
	 * @param followUp the follow-up
	 * @return the commander
	 */
	public Optional<String> commander(FollowUp followUp) {
		return (followUp.incidentId() == null) ? Optional.empty()
				: this.incidents.byId(followUp.incidentId()).flatMap(Incident::commander);
	}

	/**
	 * The initiative's owner, when the follow-up belongs to an initiative.
	 * @param followUp the follow-up
	 * @return the owner
	 */
	public Optional<String> initiativeOwner(FollowUp followUp) {
		return (followUp.initiativeKey() == null) ? Optional.empty()
				: this.initiatives.find(followUp.initiativeKey()).map(InitiativeSummary::ownerId);
	}

	/**
	 * Whether a user is an admin as far as Violet knows without asking Slack.
	 * @param userId the user
	 * @return true for admins named in {@code VIOLET_ADMINS} and known workspace admins
	 */
	public boolean isAdmin(String userId) {
		return this.directory.configuredAdmins().contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	/**
	 * Whether a user can own follow-ups: not a bot or a deactivated account, as far as
	 * Violet knows.
	 * @param userId the user
	 * @return false when known to be unreachable
	 */
	public boolean reachable(String userId) {
		return this.userFacts.cached(userId).map(UserFact::activeHuman).orElse(true);
	}

}
