/**
 * The application: its start-up, the settings every module shares (the organisation's
 * zone, admins, channels), the business calendar and the clock.
 */
@org.jspecify.annotations.NullMarked
package io.violet;
