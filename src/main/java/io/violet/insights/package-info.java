/**
 * Insights: figures computed from the other modules' records (review turnaround, training
 * completion, incident response times, drill phase times, team health), drawn as charts,
 * posted as a weekly digest, shown on App Home and exported as gauges. The base package
 * holds the facade and the figures as value types; {@code internal} computes them,
 * {@code chart} draws them, {@code slack} and {@code web} deliver them.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package io.violet.insights;
