package io.violet.review.internal;

import java.time.Instant;

import io.violet.review.ReviewKind;
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
 * A review an initiative needs; approved once every required role approved it.
 */
@Entity
@Table(name = "review")
public class Review {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReviewKind kind;

	@Column(nullable = false, length = 1000)
	private String reason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "nudge_at", nullable = false)
	private Instant nudgeAt;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "approved_at")
	private @Nullable Instant approvedAt;

	protected Review() {
		this.initiativeKey = "";
		this.kind = ReviewKind.THREAT_MODEL;
		this.reason = "";
		this.state = State.OPEN;
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
		this.nudgeAt = Instant.EPOCH;
		this.dueAt = Instant.EPOCH;
	}

	Review(String initiativeKey, ReviewKind kind, String reason, String requestedBy, Instant requestedAt,
			Instant nudgeAt, Instant dueAt) {
		this.initiativeKey = initiativeKey;
		this.kind = kind;
		this.reason = (reason.length() > 1000) ? reason.substring(0, 999) + "…" : reason;
		this.state = State.OPEN;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.nudgeAt = nudgeAt;
		this.dueAt = dueAt;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Review not saved yet");
		}
		return this.id;
	}

	public String initiativeKey() {
		return this.initiativeKey;
	}

	public ReviewKind kind() {
		return this.kind;
	}

	public String reason() {
		return this.reason;
	}

	public State state() {
		return this.state;
	}

	public boolean approved() {
		return this.state == State.APPROVED;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Instant nudgeAt() {
		return this.nudgeAt;
	}

	public String requestedBy() {
		return this.requestedBy;
	}

	public java.util.Optional<Instant> approvedAt() {
		return java.util.Optional.ofNullable(this.approvedAt);
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	/**
	 * The review as the audit trail names it.
	 * @return e.g. {@code review:AI-7/privacy}
	 */
	String auditSubject() {
		return "review:" + this.initiativeKey + "/" + this.kind.key();
	}

	void approve(Instant now) {
		this.state = State.APPROVED;
		this.approvedAt = now;
	}

	void reopen() {
		this.state = State.OPEN;
		this.approvedAt = null;
	}

	public enum State {

		OPEN, APPROVED

	}

}
