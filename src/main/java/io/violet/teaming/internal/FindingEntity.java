package io.violet.teaming.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Severity;
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
 * A concern raised in a session, open until its owner closes it with a mitigation.
 */
@Entity
@Table(name = "teaming_finding")
public class FindingEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Column(nullable = false)
	private int number;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Lens lens;

	@Column(name = "question_id", nullable = false)
	private String questionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Severity severity;

	@Column(nullable = false, length = 3000)
	private String text;

	@Column(name = "raised_by", nullable = false)
	private String raisedBy;

	@Column(name = "raised_at", nullable = false)
	private Instant raisedAt;

	@Column(nullable = false)
	private String owner;

	@Column(name = "due_on")
	private @Nullable LocalDate dueOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "resolved_by")
	private @Nullable String resolvedBy;

	@Column(name = "resolved_at")
	private @Nullable Instant resolvedAt;

	@Column(length = 3000)
	private @Nullable String mitigation;

	protected FindingEntity() {
		this.initiativeKey = "";
		this.lens = Lens.ML;
		this.questionId = "";
		this.severity = Severity.LOW;
		this.text = "";
		this.raisedBy = "";
		this.raisedAt = Instant.EPOCH;
		this.owner = "";
		this.state = State.OPEN;
	}

	FindingEntity(long sessionId, String initiativeKey, int number, Lens lens, String questionId, Severity severity,
			String text, String raisedBy, Instant raisedAt, String owner, @Nullable LocalDate dueOn) {
		this.sessionId = sessionId;
		this.initiativeKey = initiativeKey;
		this.number = number;
		this.lens = lens;
		this.questionId = questionId;
		this.severity = severity;
		this.text = text;
		this.raisedBy = raisedBy;
		this.raisedAt = raisedAt;
		this.owner = owner;
		this.dueOn = dueOn;
		this.state = State.OPEN;
	}

	public long id() {
		return (this.id != null) ? this.id : -1;
	}

	public long sessionId() {
		return this.sessionId;
	}

	public int number() {
		return this.number;
	}

	public boolean open() {
		return this.state == State.OPEN;
	}

	public Severity severity() {
		return this.severity;
	}

	public String owner() {
		return this.owner;
	}

	void resolve(String by, String mitigation, Instant now) {
		this.state = State.RESOLVED;
		this.resolvedBy = by;
		this.resolvedAt = now;
		this.mitigation = mitigation;
	}

	void reassign(String owner) {
		this.owner = owner;
	}

	public Finding view() {
		return new Finding(this.initiativeKey, this.sessionId, this.number, this.lens, this.questionId, this.severity,
				this.text, this.raisedBy, this.raisedAt, this.owner, this.dueOn, open(), this.resolvedBy,
				this.mitigation);
	}

	enum State {

		OPEN, RESOLVED

	}

}
