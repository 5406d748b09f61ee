package io.violet.followup.internal;

import io.violet.followup.FollowUpChange;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.NewFollowUp;
import io.violet.incident.IncidentFollowUps;

import org.springframework.stereotype.Component;

/**
 * Tracks the follow-ups the incident module hands over: typed in a war room or confirmed
 * on a post-mortem draft. They belong to the incident and, through it, to its initiative.
 */
@Component
class IncidentTracking implements IncidentFollowUps {

	private final FollowUpService service;

	private final FollowUpQueries queries;

	IncidentTracking(FollowUpService service, FollowUpQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	@Override
	public Tracked track(Action action) {
		FollowUpSource source = action.sourceKey().startsWith("postmortem-action:") ? FollowUpSource.POST_MORTEM
				: FollowUpSource.INCIDENT;
		FollowUpChange change = this.service.create(new NewFollowUp(action.text(), action.ownerId(),
				FollowUpSeverity.MEDIUM, action.due(), null, action.incidentId(), source,
				"incident:" + action.incidentId() + ":" + action.sourceKey(), action.by(),
				(source == FollowUpSource.POST_MORTEM) ? "post-mortem of incident #" + action.incidentId()
						: "war room of incident #" + action.incidentId()));
		String key = (change.followUp() != null) ? change.followUp().key() : "";
		return new Tracked(switch (change.outcome()) {
			case CREATED -> Outcome.TRACKED;
			case ALREADY_CREATED -> Outcome.ALREADY_TRACKED;
			case NO_TEXT -> Outcome.NO_TEXT;
			case TEXT_TOO_LONG -> Outcome.TEXT_TOO_LONG;
			case DUE_IN_THE_PAST -> Outcome.DUE_IN_THE_PAST;
			case OWNER_NOT_IN_ROOM -> Outcome.OWNER_NOT_IN_ROOM;
			case OWNER_UNREACHABLE -> Outcome.OWNER_UNREACHABLE;
			default ->
				throw new IllegalStateException("Unexpected outcome for an incident follow-up: " + change.outcome());
		}, key);
	}

	@Override
	public Counts counts(long incidentId) {
		return this.queries.incidentCounts(incidentId);
	}

}
