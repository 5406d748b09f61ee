package io.violet.teaming.slack;

import io.violet.slack.SlackJob;
import io.violet.slack.SlackWork;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;

import org.springframework.stereotype.Component;

/**
 * Posts a session's summary in the initiative's thread once every lens has answered,
 * mentioning the owners of its findings.
 */
@Component
class SummaryWork implements SlackWork {

	static final String TYPE = "teaming.summary";

	private final SessionReader reader;

	SummaryWork(SessionReader reader) {
		this.reader = reader;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "summary of violet-team session " + subject;
	}

	@Override
	public void run(SlackJob job) {
		String[] parts = job.subject().split(":");
		SessionView session = this.reader.session(Long.parseLong(parts[0])).orElse(null);
		if (session == null || session.initiative().channelId() == null || session.initiative().threadTs() == null) {
			return;
		}
		job.post("teaming.summary.post:" + job.subject(), session.initiative().channelId(),
				SummaryView.message(session).inThread(session.initiative().threadTs()));
	}

}
