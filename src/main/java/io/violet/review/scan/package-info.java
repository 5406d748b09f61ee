/**
 * Model security scan results, reported by pipelines through {@code POST /api/scans} or
 * recorded by hand, and the tokens pipelines use.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.scan;
