package io.violet.insights.slack;

import java.time.LocalDate;
import java.util.Optional;

import io.violet.directory.Role;
import io.violet.insights.Family;
import org.jspecify.annotations.Nullable;

/**
 * What charts a user asked for, as the subject of the job that uploads them (ids and keys
 * only, space-separated, {@code -} for absent).
 *
 * @param userId who asked
 * @param family the family, null for all of them
 * @param since the first day asked for, null for each family's default
 * @param role the role asked for, null for all
 */
record ChartRequest(String userId, @Nullable Family family, @Nullable LocalDate since, @Nullable Role role) {

	String subject() {
		return this.userId + " " + ((this.family != null) ? this.family.key() : "-") + " "
				+ ((this.since != null) ? this.since : "-") + " " + ((this.role != null) ? this.role.key() : "-");
	}

	static Optional<ChartRequest> parse(String subject) {
		String[] parts = subject.split(" ");
		if (parts.length != 4) {
			return Optional.empty();
		}
		try {
			return Optional
				.of(new ChartRequest(parts[0], "-".equals(parts[1]) ? null : Family.fromKey(parts[1]).orElseThrow(),
						"-".equals(parts[2]) ? null : LocalDate.parse(parts[2]),
						"-".equals(parts[3]) ? null : Role.fromKey(parts[3]).orElseThrow()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

}
