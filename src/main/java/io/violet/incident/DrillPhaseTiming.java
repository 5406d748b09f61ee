package io.violet.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far a drill got through one phase of its checklist.
 *
 * @param incidentId the drill's incident number
 * @param type the incident type drilled
 * @param startedAt when the drill room was opened
 * @param phase the checklist phase, e.g. {@code Containment}
 * @param position where the phase starts in the checklist (phases sort by it)
 * @param items how many items the phase has
 * @param done how many of them are ticked
 * @param lastDoneAt when the latest ticked item was ticked; null when none is
 */
public record DrillPhaseTiming(long incidentId, IncidentType type, Instant startedAt, String phase, int position,
		int items, int done, @Nullable Instant lastDoneAt) {

	/**
	 * When the phase was completed: its last item ticked, all of them done.
	 * @return the moment, or null while an item is open
	 */
	public @Nullable Instant completedAt() {
		return (this.done == this.items) ? this.lastDoneAt : null;
	}

}
