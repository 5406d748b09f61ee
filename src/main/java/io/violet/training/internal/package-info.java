/**
 * The training module's entities, repositories, services, settings and jobs.
 */
@org.jspecify.annotations.NullMarked
package io.violet.training.internal;
