package io.violet.directory.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.User;
import com.slack.api.model.event.TeamJoinEvent;
import com.slack.api.model.event.UserChangeEvent;
import io.violet.directory.UserFacts;
import io.violet.slack.InteractionRegistrar;

import org.springframework.stereotype.Component;

/**
 * Slack's {@code user_change} and {@code team_join} events carry the whole user: the
 * cached facts are stored from them at once (one database write before the ack, no call
 * to Slack), so a deactivation ends the user's roles and a new guest is known as a guest
 * before their first command.
 */
@Component
class UserChangeEvents implements InteractionRegistrar {

	private final UserFacts facts;

	private final SlackUserFactsSource users;

	UserChangeEvents(UserFacts facts, SlackUserFactsSource users) {
		this.facts = facts;
		this.users = users;
	}

	@Override
	public void register(App app) {
		app.event(UserChangeEvent.class, (payload, ctx) -> {
			store(payload.getEvent().getUser());
			return ctx.ack();
		});
		app.event(TeamJoinEvent.class, (payload, ctx) -> {
			store(payload.getEvent().getUser());
			return ctx.ack();
		});
	}

	private void store(User user) {
		if (user != null && user.getId() != null && !user.getId().isBlank()) {
			this.facts.changed(this.users.toFact(user));
		}
	}

}
