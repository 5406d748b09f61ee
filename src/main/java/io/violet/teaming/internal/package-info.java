/**
 * Violet teaming's domain: sessions, lens sheets, participants, answers, findings, the
 * question bank and its selection, reminders.
 */
@org.jspecify.annotations.NullMarked
package io.violet.teaming.internal;
