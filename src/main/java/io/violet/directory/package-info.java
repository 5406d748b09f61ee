/**
 * The role directory: who owns each violet-team role (first owner = primary) and who
 * backs them up, user-group sync, Violet admins, and cached facts about Slack users so
 * that no acknowledgement waits on Slack.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Role directory")
package io.violet.directory;
