/**
 * The training module's Slack surface: the training, workshop and drill commands, RSVPs,
 * invitations, reminders and the trainings section of App Home.
 */
@org.jspecify.annotations.NullMarked
package io.violet.training.slack;
