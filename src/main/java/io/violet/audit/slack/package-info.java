/**
 * The audit trail's Slack surface: the audit command, its CSV export and the platform's
 * own audit entries.
 */
@org.jspecify.annotations.NullMarked
package io.violet.audit.slack;
