package io.violet.followup.internal;

import java.util.List;
import java.util.Optional;

import io.violet.followup.FollowUp;
import io.violet.incident.IncidentFollowUps;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads follow-ups for lists, the App Home, the stage gate and exports, with the
 * visibility rule applied wherever a person looks.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpQueries {

	private final FollowUpRepository items;

	private final FollowUpAccess access;

	FollowUpQueries(FollowUpRepository items, FollowUpAccess access) {
		this.items = items;
		this.access = access;
	}

	/**
	 * A follow-up, if the user may see it.
	 * @param key e.g. {@code F-12}
	 * @param viewer who looks
	 * @return the follow-up, empty when there is none they may see
	 */
	public Optional<FollowUp> find(String key, String viewer) {
		return find(key).filter((f) -> this.access.mayView(f, viewer));
	}

	/**
	 * A follow-up, whoever may see it (for Violet's own work, never shown as is).
	 * @param key the key
	 * @return the follow-up
	 */
	public Optional<FollowUp> find(String key) {
		long id = FollowUp.idOf(key);
		return (id < 0) ? Optional.empty() : this.items.findById(id).map(FollowUpItem::view);
	}

	/**
	 * Open follow-ups a user owns and may see.
	 * @param ownerId the user
	 * @return soonest due first
	 */
	public List<FollowUp> openOwnedBy(String ownerId) {
		return visible(this.items.findByOwnerIdAndDoneFalseOrderByDueOnAscIdAsc(ownerId), ownerId);
	}

	/**
	 * An initiative's follow-ups that a user may see, open ones first.
	 * @param initiativeKey the key as stored
	 * @param viewer who looks
	 * @return the follow-ups
	 */
	public List<FollowUp> ofInitiative(String initiativeKey, String viewer) {
		return visible(this.items.findByInitiativeKeyOrderByDoneAscDueOnAscIdAsc(initiativeKey), viewer);
	}

	/**
	 * Every open follow-up a user may see.
	 * @param viewer who looks
	 * @return soonest due first
	 */
	public List<FollowUp> allOpen(String viewer) {
		return visible(this.items.findByDoneFalseOrderByDueOnAscIdAsc(), viewer);
	}

	/**
	 * An initiative's every follow-up, private incidents' included (for the stage gate
	 * and for exports that decide themselves what to show).
	 * @param initiativeKey the key as stored
	 * @return the follow-ups, open ones first
	 */
	public List<FollowUp> allOfInitiative(String initiativeKey) {
		return this.items.findByInitiativeKeyOrderByDoneAscDueOnAscIdAsc(initiativeKey)
			.stream()
			.map(FollowUpItem::view)
			.toList();
	}

	/**
	 * An incident's follow-ups.
	 * @param incidentId the incident
	 * @return oldest first
	 */
	public List<FollowUp> ofIncident(long incidentId) {
		return this.items.findByIncidentIdOrderByIdAsc(incidentId).stream().map(FollowUpItem::view).toList();
	}

	/**
	 * Open high and critical follow-ups of an initiative: they hold it back from
	 * production, whoever may see them.
	 * @param initiativeKey the key as stored
	 * @return the follow-ups
	 */
	public List<FollowUp> blockingProduction(String initiativeKey) {
		return this.items.blocking(initiativeKey).stream().map(FollowUpItem::view).toList();
	}

	/**
	 * An initiative's follow-ups that everyone may see, counted (for its card).
	 * @param initiativeKey the key
	 * @return the counts
	 */
	public Tally publicCounts(String initiativeKey) {
		return new Tally((int) this.items.countPublic(initiativeKey, false),
				(int) this.items.countPublicBlocking(initiativeKey), (int) this.items.countPublic(initiativeKey, true));
	}

	/**
	 * An incident's follow-ups counted (for its post-mortem, seen in its room).
	 * @param incidentId the incident
	 * @return the counts
	 */
	public IncidentFollowUps.Counts incidentCounts(long incidentId) {
		return new IncidentFollowUps.Counts((int) this.items.countForIncident(incidentId, false),
				(int) this.items.countForIncident(incidentId, true));
	}

	public boolean mayView(FollowUp followUp, String viewer) {
		return this.access.mayView(followUp, viewer);
	}

	public boolean mayChange(FollowUp followUp, String viewer) {
		return this.access.mayChange(followUp, viewer);
	}

	private List<FollowUp> visible(List<FollowUpItem> found, String viewer) {
		return found.stream().map(FollowUpItem::view).filter((f) -> this.access.mayView(f, viewer)).toList();
	}

	/**
	 * Follow-ups counted.
	 *
	 * @param open not done yet
	 * @param blocking open ones of high or critical severity
	 * @param closed done
	 */
	public record Tally(int open, int blocking, int closed) {

		public boolean isEmpty() {
			return this.open == 0 && this.closed == 0;
		}

	}

}
