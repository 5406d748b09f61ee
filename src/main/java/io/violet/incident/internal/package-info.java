/**
 * The incident module's entities, repositories and application services: declaring,
 * changing and reminding; the war room's setup progress and membership; the ticker that
 * finds what is due.
 */
@org.jspecify.annotations.NullMarked
package io.violet.incident.internal;
