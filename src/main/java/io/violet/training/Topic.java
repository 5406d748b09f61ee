package io.violet.training;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.directory.Role;

/**
 * A catalog topic.
 *
 * @param key e.g. {@code ai-literacy}
 * @param title the title
 * @param description what it covers
 * @param allStaff whether every active human is in the audience
 * @param roles the audience's roles (owners), when not all staff
 * @param cadence how often it must be completed
 * @param dueOnJoining whether it is due as soon as someone joins the audience
 * @param source the basis of the topic (law, framework, seed)
 * @param builtIn whether it came with Violet
 */
public record Topic(String key, String title, String description, boolean allStaff, List<Role> roles, Cadence cadence,
		boolean dueOnJoining, String source, boolean builtIn) {

	/** The audience word for everyone. */
	public static final String ALL_STAFF = "all-staff";

	/**
	 * The audience as users type it.
	 * @return {@code all-staff} or role keys separated by commas
	 */
	public String audienceKeys() {
		return this.allStaff ? ALL_STAFF : this.roles.stream().map(Role::key).collect(Collectors.joining(","));
	}

}
