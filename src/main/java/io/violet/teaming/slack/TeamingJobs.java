package io.violet.teaming.slack;

import io.violet.slack.SlackJobs;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;
import io.violet.teaming.internal.SessionReader;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.TeamingEvents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the teaming domain's events into keyed Slack work, in the transaction that
 * published them: the work exists exactly when the change commits.
 */
@Component
class TeamingJobs {

	private final SlackJobs jobs;

	private final SessionReader reader;

	TeamingJobs(SlackJobs jobs, SessionReader reader) {
		this.jobs = jobs;
		this.reader = reader;
	}

	@EventListener
	void on(TeamingEvents.SessionConvened event) {
		this.jobs.submit(ConveneWork.TYPE, "teaming.convene:" + event.sessionId(), Long.toString(event.sessionId()));
	}

	@EventListener
	void on(TeamingEvents.SessionChanged event) {
		this.jobs.refresh(CardRefreshWork.TYPE, "teaming.card-refresh:" + event.sessionId(),
				Long.toString(event.sessionId()));
	}

	@EventListener
	void on(TeamingEvents.SessionCompleted event) {
		// a session opened again by new questions and completed again gets a new summary
		long completions = this.reader.session(event.sessionId())
			.map(SessionView::completedAt)
			.map((t) -> t.toEpochMilli())
			.orElse(0L);
		this.jobs.submit(SummaryWork.TYPE, "teaming.summary:" + event.sessionId() + ":" + completions,
				event.sessionId() + ":" + completions);
	}

	@EventListener
	void on(TeamingEvents.ParticipantsAdded event) {
		for (long id : event.participantIds()) {
			notice("added:" + id);
		}
	}

	@EventListener
	void on(TeamingEvents.QuestionsAdded event) {
		notice("questions:" + event.sessionId() + ":" + event.lens().key() + ":"
				+ String.join(",", event.questionIds()));
	}

	@EventListener
	void on(TeamingEvents.FindingReassigned event) {
		notice("reassigned:" + event.findingId() + ":" + event.owner());
	}

	@EventListener
	void on(TeamingEvents.ReminderQueued event) {
		notice("reminder:" + event.reminderId());
	}

	@EventListener
	void on(FindingRaised event) {
		notice("raised:" + event.initiativeKey() + ":" + event.number());
	}

	@EventListener
	void on(FindingResolved event) {
		notice("resolved:" + event.initiativeKey() + ":" + event.number());
	}

	private void notice(String subject) {
		this.jobs.submit(NoticeWork.TYPE, "teaming.notice:" + subject, subject);
	}

}
