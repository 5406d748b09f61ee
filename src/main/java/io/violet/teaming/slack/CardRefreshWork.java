package io.violet.teaming.slack;

import io.violet.slack.SlackJob;
import io.violet.slack.SlackWork;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;

import org.springframework.stereotype.Component;

/**
 * Redraws a session card with {@code chat.update}; safe to run any number of times. A
 * card not posted yet needs nothing: it is drawn from the current state when it is
 * posted.
 */
@Component
class CardRefreshWork implements SlackWork {

	static final String TYPE = "teaming.card";

	private final SessionReader reader;

	CardRefreshWork(SessionReader reader) {
		this.reader = reader;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "redraw of violet-team session card " + subject;
	}

	@Override
	public void run(SlackJob job) {
		SessionView session = this.reader.session(Long.parseLong(job.subject())).orElse(null);
		if (session == null || session.cardChannel() == null || session.cardTs() == null) {
			return;
		}
		job.update(session.cardChannel(), session.cardTs(), SessionCardView.message(session));
	}

}
