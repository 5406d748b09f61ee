package io.violet.teaming.slack;

import java.util.LinkedHashSet;
import java.util.Set;

import io.violet.directory.Directory;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingStarts;

import org.springframework.stereotype.Component;

/**
 * A session's start in Slack: the session card in the initiative's thread, a DM with an
 * answer button to every participant, and a DM to the admins naming the lenses nobody
 * could be asked for.
 */
@Component
class ConveneWork implements SlackWork {

	static final String TYPE = "teaming.convene";

	private final SessionReader reader;

	private final TeamingStarts starts;

	private final Directory directory;

	ConveneWork(SessionReader reader, TeamingStarts starts, Directory directory) {
		this.reader = reader;
		this.starts = starts;
		this.directory = directory;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public String describe(String subject) {
		return "violet-team session " + subject + " (card and invitations)";
	}

	@Override
	public void run(SlackJob job) {
		long id = Long.parseLong(job.subject());
		SessionView session = this.reader.session(id).orElse(null);
		if (session == null) {
			return;
		}
		String channel = session.initiative().channelId();
		String thread = session.initiative().threadTs();
		boolean threadPosted = channel != null && thread != null;
		// the card first when the thread is there (it is what the starter waits for); the
		// invitations and the admins' notice need no thread and go out regardless, each
		// DM keyed, so a run repeated until the thread exists does not send them again
		Effect card = threadPosted
				? job.post("teaming.card:" + id, channel, SessionCardView.message(session).inThread(thread)) : null;
		if (card != null && card.isDone() && card.ts() != null) {
			this.starts.cardPosted(id, (card.channel() != null) ? card.channel() : channel, card.ts());
		}
		for (SessionView.LensView lens : session.lenses()) {
			for (SessionView.ParticipantView participant : lens.participants()) {
				job.dm("teaming.invite:" + id + ":" + lens.lens().key() + ":" + participant.userId(),
						participant.userId(), Notices.invitation(session, lens, participant));
			}
		}
		if (!session.unowned().isEmpty()) {
			Set<String> admins = new LinkedHashSet<>(this.directory.configuredAdmins());
			for (String admin : admins) {
				job.dm("teaming.unowned:" + id + ":" + admin, admin, Notices.unowned(session));
			}
		}
		if (card == null) {
			// the initiative's thread is still being started (Slack refused or delayed
			// its
			// parent); the run is retried with the job's backoff and posts the card then
			throw new IllegalStateException("The thread of " + session.key() + " is not posted yet");
		}
		// answers may have arrived while the card was being posted
		SessionView now = this.reader.session(id).orElse(session);
		if (card.isDone() && card.ts() != null && now.version() != session.version()) {
			job.update((card.channel() != null) ? card.channel() : channel, card.ts(),
					SessionCardView.message(now).inThread(thread));
		}
	}

}
