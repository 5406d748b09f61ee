/**
 * {@code /violet scan}: recording scans by hand and managing pipeline tokens.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.scan.slack;
