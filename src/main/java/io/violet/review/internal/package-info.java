/**
 * The review module's entities, requests, decisions, queries, stage gate rule and
 * reminder sweep; what they report to the Slack adapter is in {@link ReviewEvents}.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.internal;
