/**
 * The ML-BOM's Slack surface: {@code /violet bom}, the "Add component" modal and the
 * export upload.
 */
@org.jspecify.annotations.NullMarked
package io.violet.initiative.bom.slack;
