/**
 * The durable runner behind {@link io.violet.slack.SlackJobs}: job and effect records,
 * the node-liveness poller, admin notices and the admins' dead-letter list
 * ({@code /violet ops}).
 */
@org.jspecify.annotations.NullMarked
package io.violet.slack.jobs;
