package io.violet.training.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.violet.training.Cadence;
import io.violet.training.Session;
import org.jspecify.annotations.Nullable;

/**
 * What a session's calendar file describes: one event, or the whole series a repeating
 * session belongs to (so that importing the file of any occurrence updates the same
 * calendar entry instead of adding another).
 *
 * @param session the session whose file was asked for
 * @param uid the entry's identity, the same in every revision (one per series)
 * @param sequence the revision, raised whenever the session or its series changes
 * @param start the start of the event, or of the series' first occurrence
 * @param duration how long each occurrence lasts
 * @param cadence how often the series repeats, null for a single event
 * @param until the start of the series' last occurrence once the series was stopped
 * @param exceptions the starts of the series' occurrences that were cancelled
 * @param cancelled whether nothing of it takes place any more
 */
public record CalendarEntry(Session session, String uid, int sequence, Instant start, Duration duration,
		@Nullable Cadence cadence, @Nullable Instant until, List<Instant> exceptions, boolean cancelled) {

	public CalendarEntry {
		exceptions = List.copyOf(exceptions);
	}

}
