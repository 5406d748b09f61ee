/**
 * The review module's Slack surface: the words of requests, decisions and reminders (one
 * view per surface, from the facts the domain reports), commands, decision buttons and
 * modals, the stage gate's refusal lines, App Home, the reminder job.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.slack;
