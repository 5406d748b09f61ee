/**
 * One append-only trail of every state change: who, what, on what, when, and details.
 * Every module writes through {@link io.violet.audit.AuditTrail}.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package io.violet.audit;
