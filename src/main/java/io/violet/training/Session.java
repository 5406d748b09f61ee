package io.violet.training;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * A scheduled session as the rest of Violet sees it.
 *
 * @param id the number n of {@code S-n}
 * @param kind training, workshop or drill
 * @param topicKey the catalog topic, for trainings
 * @param title the title
 * @param startsAt when it starts
 * @param endsAt when it ends
 * @param zone the zone it was scheduled in
 * @param recurrence the cadence key when it repeats
 * @param roles the invited roles
 * @param allStaff whether all staff are invited
 * @param incidentType the incident type, for drills
 * @param organiser who scheduled it
 * @param status where it stands
 * @param calendarToken the secret in its calendar link
 * @param note why a drill room could not be opened, or similar
 * @param agenda what a workshop is to discuss, as the module that asked for it said
 * (empty for most sessions)
 */
public record Session(long id, SessionKind kind, @Nullable String topicKey, String title, Instant startsAt,
		Instant endsAt, ZoneId zone, @Nullable String recurrence, List<Role> roles, boolean allStaff,
		@Nullable String incidentType, String organiser, SessionStatus status, String calendarToken,
		@Nullable String note, List<AgendaItem> agenda) {

	public Session {
		agenda = List.copyOf(agenda);
	}

	/**
	 * The id users type.
	 * @return e.g. {@code S-12}
	 */
	public String key() {
		return new SessionKey(this.id).text();
	}

	public boolean cancelled() {
		return this.status == SessionStatus.CANCELLED;
	}

}
