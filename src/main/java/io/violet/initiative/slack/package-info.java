/**
 * The initiative module's Slack surface: commands, modal, card, thread delivery, App
 * Home.
 */
@org.jspecify.annotations.NullMarked
package io.violet.initiative.slack;
