package io.violet.teaming.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * {@code teaming start}, parsed.
 *
 * @param initiativeKey the initiative, as typed
 * @param actor who starts it
 * @param due the day the lenses are due, or null for the default
 * @param meet the workshop's start in the actor's time zone, or null for none
 * @param add people to add as participants
 */
public record StartRequest(String initiativeKey, String actor, @Nullable LocalDate due, @Nullable LocalDateTime meet,
		List<String> add) {

	public StartRequest {
		add = List.copyOf(add);
	}

}
