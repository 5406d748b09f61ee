package io.violet.review.internal;

import java.time.Instant;
import java.util.Optional;

import io.violet.directory.Role;
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
 * One role's sign-off on a review.
 */
@Entity
@Table(name = "review_signoff")
public class Signoff {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "review_id", nullable = false)
	private long reviewId;

	@Column(name = "role_key", nullable = false)
	private String roleKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "decided_by")
	private @Nullable String decidedBy;

	@Column(name = "decided_at")
	private @Nullable Instant decidedAt;

	@Column(length = 3000)
	private @Nullable String reason;

	protected Signoff() {
		this.roleKey = "";
		this.state = State.PENDING;
	}

	Signoff(long reviewId, Role role) {
		this.reviewId = reviewId;
		this.roleKey = role.key();
		this.state = State.PENDING;
	}

	public long id() {
		return (this.id != null) ? this.id : -1;
	}

	public long reviewId() {
		return this.reviewId;
	}

	public Role role() {
		return Role.fromKey(this.roleKey).orElseThrow();
	}

	public State state() {
		return this.state;
	}

	public Optional<String> decidedBy() {
		return Optional.ofNullable(this.decidedBy);
	}

	public Optional<Instant> decidedAt() {
		return Optional.ofNullable(this.decidedAt);
	}

	public java.util.Optional<String> reason() {
		return java.util.Optional.ofNullable(this.reason);
	}

	public boolean approved() {
		return this.state == State.APPROVED;
	}

	void record(State decision, String by, @Nullable String reason, Instant now) {
		this.state = decision;
		this.decidedBy = by;
		this.decidedAt = now;
		this.reason = reason;
	}

	public enum State {

		PENDING, APPROVED, CHANGES_REQUESTED

	}

}
