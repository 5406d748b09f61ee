/**
 * AI initiatives: one Slack thread each, stages, and the ML-BOM inventory.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "AI initiatives")
package io.violet.initiative;
