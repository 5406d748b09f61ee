package io.violet.incident.slack;

import io.violet.incident.Incident;
import io.violet.incident.IncidentEvents;
import io.violet.incident.IncidentFollowUps;
import io.violet.incident.IncidentQueries;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackWork;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the post-mortem draft current: an action confirmed as a follow-up, or a follow-up
 * done or reopened, redraws it ({@code chat.update}, safe to repeat) with the tracked
 * keys and the open and closed counts.
 */
@Component
class PostMortemDraft implements SlackWork {

	static final String TYPE = "incident.postmortem";

	private final IncidentQueries queries;

	private final ObjectProvider<IncidentFollowUps> followUps;

	PostMortemDraft(IncidentQueries queries, ObjectProvider<IncidentFollowUps> followUps) {
		this.queries = queries;
		this.followUps = followUps;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		Incident incident = this.queries.byId(Long.parseLong(job.subject())).orElse(null);
		if (incident == null || incident.channelId().isEmpty() || incident.postmortemTs().isEmpty()
				|| incident.archived()) {
			// the draft is drawn with the current state when it is first posted
			return;
		}
		job.update(incident.channelId().get(), incident.postmortemTs().get(),
				SlackMessage.of("Post-mortem draft for " + incident.label(),
						PostMortemDraftView.blocks(PostMortemFacts.of(incident, this.queries), counts(incident.id()))));
	}

	@Override
	public String describe(String subject) {
		return "post-mortem draft of incident " + subject;
	}

	IncidentFollowUps.@Nullable Counts counts(long incidentId) {
		IncidentFollowUps tracking = this.followUps.getIfAvailable();
		return (tracking != null) ? tracking.counts(incidentId) : null;
	}

	/**
	 * Queues the redraw in the transaction that changed the draft.
	 */
	@Component
	static class Changes {

		private final SlackJobs jobs;

		Changes(SlackJobs jobs) {
			this.jobs = jobs;
		}

		@EventListener
		void on(IncidentEvents.PostMortemChanged event) {
			this.jobs.refresh(TYPE, TYPE + ":" + event.incidentId(), Long.toString(event.incidentId()));
		}

	}

}
