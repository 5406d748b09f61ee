/**
 * Follow-ups: tracked action items with an owner, a due date and a severity, from
 * incidents (typed in the war room or confirmed on the post-mortem), from reviews sent
 * back for changes, from violet-team findings and by hand; nudges and escalation;
 * optional sync with Jira or GitHub issues; and the evidence pack of an initiative.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Follow-ups and evidence")
package io.violet.followup;
