package io.violet.followup.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executor;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpChange;
import io.violet.followup.internal.FollowUpService;
import io.violet.slack.AppHome;
import io.violet.slack.CommandResponder;
import io.violet.slack.InteractionRegistrar;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Reply;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The Done and Snooze buttons of follow-up messages and the App Home. A click is checked
 * like the same command: only those who may change the follow-up change it. The answer
 * replaces the message through its response URL, after the ack; a click on the App Home
 * republishes it.
 */
@Component
class FollowUpInteractions implements InteractionRegistrar {

	private static final Logger log = LoggerFactory.getLogger(FollowUpInteractions.class);

	private final FollowUpService service;

	private final CommandResponder responder;

	private final AppHome home;

	private final Executor executor;

	private final Clock clock;

	FollowUpInteractions(FollowUpService service, CommandResponder responder, AppHome home,
			@Qualifier("slackWorkExecutor") Executor executor, Clock clock) {
		this.service = service;
		this.responder = responder;
		this.home = home;
		this.executor = executor;
		this.clock = clock;
	}

	@Override
	public void register(App app) {
		app.blockAction(FollowUpLines.DONE, (request, context) -> {
			BlockActionPayload payload = request.getPayload();
			String user = payload.getUser().getId();
			FollowUpChange change = this.service.markDone(key(payload), user, null);
			answer(payload.getResponseUrl(), change, user);
			return context.ack();
		});
		app.blockAction(FollowUpLines.SNOOZE, (request, context) -> {
			BlockActionPayload payload = request.getPayload();
			String user = payload.getUser().getId();
			FollowUpChange change = this.service.snooze(key(payload), user);
			answer(payload.getResponseUrl(), change, user);
			return context.ack();
		});
		app.blockAction(FollowUpLines.HOME_DONE, (request, context) -> {
			String user = request.getPayload().getUser().getId();
			this.service.markDone(key(request.getPayload()), user, null);
			this.home.refreshLater(user);
			return context.ack();
		});
	}

	private void answer(@Nullable String responseUrl, FollowUpChange change, String user) {
		if (responseUrl == null || responseUrl.isBlank()) {
			this.home.refreshLater(user);
			return;
		}
		FollowUp followUp = change.followUp();
		String key = (followUp != null) ? followUp.key() : "That follow-up";
		Reply reply;
		boolean replace = true;
		switch (change.outcome()) {
			case DONE -> reply = Reply.ephemeral(":white_check_mark: *" + key + "* is done — "
					+ Mrkdwn.escapeAndTruncate(followUp.text(), 300) + " (marked by " + Mrkdwn.user(user) + ")");
			case SNOOZED -> {
				Instant until = this.service.snoozedUntil(key).orElse(this.clock.instant());
				reply = Reply.ephemeral(":zzz: *" + key + "* is snoozed: its reminders come again " + Mrkdwn.date(until)
						+ ". " + Mrkdwn.escapeAndTruncate(followUp.text(), 300));
			}
			case UNCHANGED -> reply = Reply.ephemeral(":information_source: *" + key + "* "
					+ ((followUp != null && followUp.done()) ? "was already done." : "is unchanged."));
			case NOTE_NEEDED -> {
				replace = false;
				reply = Reply.ephemeral(":memo: *" + key + "* tracks a violet-team finding, which is resolved with a "
						+ "note of what was done: `/violet follow-up done " + key + " \"<mitigation>\"`.");
			}
			case NOT_ALLOWED -> {
				replace = false;
				reply = Reply.ephemeral(":no_entry: Only its owner, the incident's commander, the initiative's owner "
						+ "and Violet admins can change *" + key + "*.");
			}
			default -> {
				replace = false;
				reply = Reply.ephemeral(":warning: That follow-up no longer exists or is not yours to see.");
			}
		}
		boolean replaceOriginal = replace;
		this.executor.execute(() -> {
			try {
				if (replaceOriginal) {
					this.responder.send(responseUrl, reply);
				}
				else {
					this.responder.sendNew(responseUrl, reply);
				}
			}
			catch (RuntimeException ex) {
				log.warn("Could not answer a follow-up button: {}", ex.getMessage());
			}
		});
	}

	private static String key(BlockActionPayload payload) {
		if (payload.getActions() == null || payload.getActions().isEmpty()
				|| payload.getActions().get(0).getValue() == null) {
			return "";
		}
		return payload.getActions().get(0).getValue();
	}

}
