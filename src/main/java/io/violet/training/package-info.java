/**
 * Trainings, interdisciplinary workshops and incident-response drills: the catalog,
 * sessions, invitations and RSVPs, reminders, completions, overdue digests and the
 * compliance evidence export.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Trainings and drills")
package io.violet.training;
