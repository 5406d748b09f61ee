package io.violet.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the audit trail.
 *
 * @param id the entry's number
 * @param occurredAt when
 * @param actor who (a Slack user id, or {@code violet})
 * @param action what
 * @param subject on what
 * @param details more, may be null
 */
public record AuditRecord(long id, Instant occurredAt, String actor, String action, String subject,
		@Nullable String details) {

}
