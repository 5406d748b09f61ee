/**
 * The incident module's Slack surface: the report modal and shortcuts, the war-room
 * commands and buttons, and the Slack jobs that set up, refresh, remind, publish the
 * post-mortem and archive.
 */
@org.jspecify.annotations.NullMarked
package io.violet.incident.slack;
