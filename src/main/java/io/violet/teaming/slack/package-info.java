/**
 * Violet teaming's Slack surface: the command, the participants' DMs and lens modals, the
 * session card in the initiative's thread, the summary, nudges, the finding buttons and
 * the section on the initiative card. Renders the facts the domain returns.
 */
@org.jspecify.annotations.NullMarked
package io.violet.teaming.slack;
