package io.violet.insights;

import java.time.LocalDate;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * What figures to compute.
 *
 * @param since the first day counted, in the organisation's time zone
 * @param role one role to narrow reviews, trainings and team health to; null for all
 */
public record InsightsQuery(LocalDate since, @Nullable Role role) {

	public boolean covers(Role candidate) {
		return this.role == null || this.role == candidate;
	}

}
