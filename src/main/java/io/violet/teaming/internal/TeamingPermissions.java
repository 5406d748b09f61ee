package io.violet.teaming.internal;

import java.time.ZoneId;

import io.violet.VioletSettings;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.initiative.InitiativeDetails;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may do what in violet teaming, decided from the directory, configuration and cached
 * user facts only (so that no Slack call runs before a command's ack): starting a
 * session, administering Violet, and the zone a user's typed times are read in.
 */
@Service
public class TeamingPermissions {

	private final Directory directory;

	private final UserFacts userFacts;

	private final VioletSettings violet;

	TeamingPermissions(Directory directory, UserFacts userFacts, VioletSettings violet) {
		this.directory = directory;
		this.userFacts = userFacts;
		this.violet = violet;
	}

	/**
	 * Whether a user may start a session on an initiative: admins, its owner, and owners
	 * of security-architect. Decided from the directory and cached user facts only, so
	 * that no Slack call runs before a command's ack.
	 * @param initiative the initiative
	 * @param userId the user
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayStart(InitiativeDetails initiative, String userId) {
		return initiative.ownerId().equals(userId)
				|| this.directory.holders(Role.SECURITY_ARCHITECT).owners().contains(userId) || isAdmin(userId);
	}

	/**
	 * Whether a user administers Violet, from configuration and cached user facts.
	 * @param userId the user
	 * @return true for admins
	 */
	public boolean isAdmin(String userId) {
		return this.directory.configuredAdmins().contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	/**
	 * The time zone a user's typed times are read in, without asking Slack.
	 * @param userId the user
	 * @return their cached zone, else the organisation's
	 */
	public ZoneId zoneOf(String userId) {
		return this.userFacts.cached(userId).flatMap(UserFact::zone).orElse(this.violet.timezone());
	}

}
