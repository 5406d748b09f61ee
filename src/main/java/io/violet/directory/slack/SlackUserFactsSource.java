package io.violet.directory.slack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.slack.api.model.User;
import io.violet.directory.UserFact;
import io.violet.directory.UserFactsSource;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;

import org.springframework.stereotype.Component;

/**
 * Reads users and user groups from Slack's Web API.
 */
@Component
class SlackUserFactsSource implements UserFactsSource {

	private final SlackGateway gateway;

	private final Clock clock;

	SlackUserFactsSource(SlackGateway gateway, Clock clock) {
		this.gateway = gateway;
		this.clock = clock;
	}

	@Override
	public Optional<UserFact> fetch(String userId) {
		var response = this.gateway.call(SlackMethod.USERS_INFO, (c) -> c.usersInfo((r) -> r.user(userId)));
		if (!response.isOk() || response.getUser() == null) {
			return Optional.empty();
		}
		return Optional.of(toFact(response.getUser()));
	}

	@Override
	public List<UserFact> fetchAll() {
		List<UserFact> all = new ArrayList<>();
		String cursor = null;
		do {
			String page = cursor;
			var response = this.gateway.require(SlackMethod.USERS_LIST, (c) -> c.usersList((r) -> {
				r.limit(200);
				if (page != null && !page.isEmpty()) {
					r.cursor(page);
				}
				return r;
			}));
			response.getMembers().forEach((u) -> all.add(toFact(u)));
			cursor = (response.getResponseMetadata() != null) ? response.getResponseMetadata().getNextCursor() : null;
		}
		while (cursor != null && !cursor.isEmpty());
		return all;
	}

	@Override
	public Optional<List<String>> groupMembers(String userGroupId) {
		var response = this.gateway.call(SlackMethod.USERGROUPS_USERS_LIST,
				(c) -> c.usergroupsUsersList((r) -> r.usergroup(userGroupId)));
		if (!response.isOk()) {
			return Optional.empty();
		}
		return Optional.of(List.copyOf(response.getUsers()));
	}

	UserFact toFact(User user) {
		boolean bot = user.isBot() || "USLACKBOT".equals(user.getId()) || user.isAppUser();
		return new UserFact(user.getId(), user.getTz(), user.isAdmin() || user.isOwner() || user.isPrimaryOwner(),
				user.isDeleted(), bot, user.isRestricted() || user.isUltraRestricted(), this.clock.instant(),
				user.getUpdated());
	}

}
