/**
 * {@code /violet scan}: recording scans by hand and managing pipeline tokens; the thread
 * notes of recorded scans.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.scan.slack;
