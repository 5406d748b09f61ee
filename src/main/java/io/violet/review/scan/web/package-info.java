/**
 * {@code POST /api/scans}: where pipelines report model scans.
 */
@org.jspecify.annotations.NullMarked
package io.violet.review.scan.web;
