/**
 * Computes the figures from the other modules' public queries; the cached headline, the
 * gauges and the weekly digest's schedule.
 */
@org.jspecify.annotations.NullMarked
package io.violet.insights.internal;
