package io.violet.training;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * A session someone wants to schedule, already parsed.
 *
 * @param kind training, workshop or drill
 * @param topicKey the topic (trainings and drills)
 * @param title the title
 * @param localStart the start as typed, in {@code zone}
 * @param zone the zone the time was typed in
 * @param recurrence how often it repeats, or null
 * @param roles roles whose owners are invited
 * @param rolesExplicit whether the roles were named by the organiser (each must have
 * owners) rather than taken from the topic's audience
 * @param allStaff whether all staff are invited
 * @param invitees people invited by name
 * @param incidentType the incident type, for drills
 * @param organiser who schedules it
 */
public record SessionPlan(SessionKind kind, @Nullable String topicKey, String title, LocalDateTime localStart,
		ZoneId zone, @Nullable Cadence recurrence, List<Role> roles, boolean rolesExplicit, boolean allStaff,
		List<String> invitees, @Nullable String incidentType, String organiser) {

}
