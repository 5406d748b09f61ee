package io.violet.directory;

/**
 * Someone stopped holding a role.
 *
 * @param role the role
 * @param userId the user
 * @param by who removed them
 */
public record RoleUnassigned(Role role, String userId, String by) {

}
