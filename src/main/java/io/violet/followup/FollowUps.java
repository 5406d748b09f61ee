package io.violet.followup;

import java.util.List;
import java.util.Optional;

import io.violet.followup.internal.FollowUpQueries;
import io.violet.followup.internal.FollowUpService;

import org.springframework.stereotype.Service;

/**
 * The follow-up module's facade for other modules: create a follow-up, look one up, and
 * read an initiative's follow-ups. Incidents hand theirs over through
 * {@link io.violet.incident.IncidentFollowUps}, reviews and violet-team findings through
 * their events; nobody reaches into this module's internals.
 */
@Service
public class FollowUps {

	private final FollowUpService service;

	private final FollowUpQueries queries;

	FollowUps(FollowUpService service, FollowUpQueries queries) {
		this.service = service;
		this.queries = queries;
	}

	/**
	 * Creates a follow-up; its owner is told by direct message after commit. The same
	 * source key again returns the one created the first time.
	 * @param request what to create
	 * @return what happened
	 */
	public FollowUpChange create(NewFollowUp request) {
		return this.service.create(request);
	}

	/**
	 * A follow-up, if a user may see it.
	 * @param key e.g. {@code F-12}
	 * @param viewer who looks
	 * @return the follow-up, empty when there is none they may see
	 */
	public Optional<FollowUp> find(String key, String viewer) {
		return this.queries.find(key, viewer);
	}

	/**
	 * An initiative's follow-ups that a user may see, open ones first.
	 * @param initiativeKey e.g. {@code AI-7}, as stored
	 * @param viewer who looks
	 * @return the follow-ups
	 */
	public List<FollowUp> ofInitiative(String initiativeKey, String viewer) {
		return this.queries.ofInitiative(initiativeKey, viewer);
	}

	/**
	 * The open high and critical follow-ups that hold an initiative back from production
	 * (whoever may see them; show them only as {@link #find} allows).
	 * @param initiativeKey the key, as stored
	 * @return the follow-ups
	 */
	public List<FollowUp> blockingProduction(String initiativeKey) {
		return this.queries.blockingProduction(initiativeKey);
	}

}
