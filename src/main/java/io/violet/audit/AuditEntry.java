package io.violet.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "audit_entry")
class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	@Column(nullable = false)
	private String subject;

	private @Nullable String details;

	protected AuditEntry() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.action = "";
		this.subject = "";
	}

	AuditEntry(Instant occurredAt, String actor, String action, String subject, @Nullable String details) {
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.details = details;
	}

	AuditRecord toRecord() {
		return new AuditRecord((this.id != null) ? this.id : 0, this.occurredAt, this.actor, this.action, this.subject,
				this.details);
	}

}
