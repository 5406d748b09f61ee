package io.violet.teaming.internal;

import java.time.Instant;

import io.violet.teaming.Lens;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A reminder queued for a pending lens, so that it is never queued twice.
 */
@Entity
@Table(name = "teaming_reminder")
public class TeamingReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Lens lens;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String recipient;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	protected TeamingReminder() {
		this.lens = Lens.ML;
		this.kind = Kind.NUDGE;
		this.recipient = "";
		this.queuedAt = Instant.EPOCH;
	}

	TeamingReminder(long sessionId, Lens lens, Kind kind, String recipient, Instant queuedAt) {
		this.sessionId = sessionId;
		this.lens = lens;
		this.kind = kind;
		this.recipient = recipient;
		this.queuedAt = queuedAt;
	}

	public long id() {
		return (this.id != null) ? this.id : -1;
	}

	public long sessionId() {
		return this.sessionId;
	}

	public Lens lens() {
		return this.lens;
	}

	public Kind kind() {
		return this.kind;
	}

	public String recipient() {
		return this.recipient;
	}

	public enum Kind {

		/**
		 * A participant of a pending lens, one business day before the session is due.
		 */
		NUDGE,
		/** A backup of the lens's roles (or an admin), once the session is overdue. */
		ESCALATION,
		/** The initiative's thread (recipient {@code thread}), once overdue. */
		OVERDUE

	}

}
