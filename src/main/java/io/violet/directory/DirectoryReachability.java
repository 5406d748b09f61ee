package io.violet.directory;

import java.util.Set;

import io.violet.slack.UserReachability;

import org.springframework.stereotype.Component;

/**
 * Who the slack module's DMs and invites skip: users known to be deactivated, from the
 * cached facts (no call to Slack). When Slack refuses someone as gone, Violet asks Slack
 * about them once more, and a confirmed deactivation ends their roles.
 */
@Component
class DirectoryReachability implements UserReachability {

	/**
	 * Slack's answers about the person. Not {@code account_inactive}: Slack means that
	 * the caller's token is for a deleted user or workspace, i.e. Violet's own token is
	 * dead, which the slack module tells admins about; the person is no less there for
	 * it.
	 */
	private static final Set<String> DEACTIVATED = Set.of("user_disabled", "user_is_deactivated", "user_not_found");

	private final UserFacts facts;

	DirectoryReachability(UserFacts facts) {
		this.facts = facts;
	}

	@Override
	public boolean isReachable(String userId) {
		return this.facts.cached(userId).map((fact) -> !fact.deactivated()).orElse(true);
	}

	@Override
	public void unreachable(String userId, String error) {
		if (DEACTIVATED.contains(error) && isReachable(userId)) {
			this.facts.refresh(userId);
		}
	}

}
