package io.violet.incident;

import io.violet.incident.internal.PostMortemFollowUps;

import org.springframework.stereotype.Service;

/**
 * The incident module's facade for what other modules tell it about its incidents.
 */
@Service
public class Incidents {

	private final PostMortemFollowUps service;

	Incidents(PostMortemFollowUps service) {
		this.service = service;
	}

	/**
	 * Tells the incident that one of its follow-ups changed (done, reopened, reassigned),
	 * so that its post-mortem draft shows the current counts.
	 * @param incident the incident
	 */
	public void followUpsChanged(long incident) {
		this.service.followUpsChanged(incident);
	}

}
