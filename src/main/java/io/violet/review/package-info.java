/**
 * Reviews of AI initiatives: kinds and routing rules, requests to role owners, recorded
 * decisions, the stage gate, nudges and escalation.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Reviews")
package io.violet.review;
