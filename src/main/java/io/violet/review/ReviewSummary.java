package io.violet.review;

import java.time.Instant;
import java.util.List;

import io.violet.directory.Role;

/**
 * A review as other modules and lists see it.
 *
 * @param id its id
 * @param initiativeKey the initiative, e.g. {@code AI-7}
 * @param kind its kind
 * @param reason why it applies
 * @param approved whether every required role approved it
 * @param dueAt when it is due
 * @param waitingFor roles that have not approved yet
 * @param changesRequestedBy roles that asked for changes
 */
public record ReviewSummary(long id, String initiativeKey, ReviewKind kind, String reason, boolean approved,
		Instant dueAt, List<Role> waitingFor, List<Role> changesRequestedBy) {

}
