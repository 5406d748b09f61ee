package io.violet.review.internal;

import java.time.Instant;

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
 * A reminder queued for a review (a nudge, an escalation, an overdue note), so that it is
 * never queued twice.
 */
@Entity
@Table(name = "review_reminder")
class Reminder {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "review_id", nullable = false)
	private long reviewId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private String recipient;

	@Column(name = "queued_at", nullable = false)
	private Instant queuedAt;

	protected Reminder() {
		this.kind = Kind.NUDGE;
		this.recipient = "";
		this.queuedAt = Instant.EPOCH;
	}

	Reminder(long reviewId, Kind kind, String recipient, Instant queuedAt) {
		this.reviewId = reviewId;
		this.kind = kind;
		this.recipient = recipient;
		this.queuedAt = queuedAt;
	}

	enum Kind {

		/** The owner of a pending role, one business day before due. */
		NUDGE,
		/** A backup of a pending role, once overdue. */
		ESCALATION,
		/** The thread (recipient {@code thread}), once overdue. */
		OVERDUE

	}

}
