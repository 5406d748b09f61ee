/**
 * Violet teaming: every stakeholder lens (ML, security, privacy, ethics, UX and business,
 * legal and compliance) convened on one AI initiative, with questions drawn from its
 * attributes and ML-BOM, findings that must be answered, and a review that gates
 * production.
 */
@org.jspecify.annotations.NullMarked
@org.springframework.modulith.ApplicationModule(displayName = "Violet teaming")
package io.violet.teaming;
