/**
 * Draws figures as PNG charts with JFreeChart, headless, at fixed sizes.
 */
@org.jspecify.annotations.NullMarked
package io.violet.insights.chart;
