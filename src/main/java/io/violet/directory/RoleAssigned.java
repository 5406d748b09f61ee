package io.violet.directory;

/**
 * Someone became an owner or backup of a role.
 *
 * @param role the role
 * @param userId the user
 * @param backup whether as a backup
 * @param by who assigned it
 */
public record RoleAssigned(Role role, String userId, boolean backup, String by) {

}
