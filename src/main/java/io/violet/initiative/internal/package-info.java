/**
 * The initiative module's entities, repositories and application services.
 */
@org.jspecify.annotations.NullMarked
package io.violet.initiative.internal;
