/**
 * The review module's entities, routing, decisions, stage gate and reminder sweep.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.internal;
