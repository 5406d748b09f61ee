/**
 * The review module's Slack surface: commands, decision buttons and modals, App Home, the
 * reminder job.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.slack;
