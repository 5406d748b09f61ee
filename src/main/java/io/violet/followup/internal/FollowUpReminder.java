package io.violet.followup.internal;

import java.time.Instant;
import java.time.LocalDate;

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
 * A reminder queued for a follow-up, so that it is never queued twice: one per follow-up,
 * kind, recipient and date (a new due date is a new nudge).
 */
@Entity
@Table(name = "follow_up_reminder")
public class FollowUpReminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "follow_up_id", nullable = false)
	private long followUpId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String recipient;

	@Column(name = "for_date", nullable = false)
	private LocalDate forDate;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	protected FollowUpReminder() {
		this.kind = Kind.NUDGE;
		this.recipient = "";
		this.forDate = LocalDate.EPOCH;
		this.queuedAt = Instant.EPOCH;
	}

	FollowUpReminder(long followUpId, Kind kind, String recipient, LocalDate forDate, Instant queuedAt) {
		this.followUpId = followUpId;
		this.kind = kind;
		this.recipient = recipient;
		this.forDate = forDate;
		this.queuedAt = queuedAt;
	}

	public long id() {
		return (this.id != null) ? this.id : 0L;
	}

	public long followUpId() {
		return this.followUpId;
	}

	public Kind kind() {
		return this.kind;
	}

	public String recipient() {
		return this.recipient;
	}

	public LocalDate forDate() {
		return this.forDate;
	}

	/**
	 * What a reminder is.
	 */
	public enum Kind {

		/** To the owner, a working day before the due date. */
		NUDGE,
		/** To the owner, once the due date has passed. */
		OVERDUE,
		/** To the incident's commander or the initiative's owner, once overdue. */
		ESCALATION,
		/** To the owner, when a snooze ends. */
		SNOOZED

	}

}
