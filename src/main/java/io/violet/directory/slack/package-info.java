/**
 * The role directory's Slack surface: the role command, user-group sync following Slack's
 * events, the roles section of App Home and the user facts read from Slack.
 */
@org.jspecify.annotations.NullMarked
package io.violet.directory.slack;
