/**
 * AI incidents: war rooms, AI-specific checklists, timeline, regulatory clocks, status
 * reminders, post-mortems, and drill rooms.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "AI incidents")
package io.violet.incident;
