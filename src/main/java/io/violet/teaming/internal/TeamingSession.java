package io.violet.teaming.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.DynamicUpdate;
import org.jspecify.annotations.Nullable;

/**
 * A violet-team session on one initiative: open until every lens has answered.
 */
@Entity
// only the columns a transaction changed are written: the card or tracker job, a
// listener and a command change different columns of the same row at once
@DynamicUpdate
@Table(name = "teaming_session")
public class TeamingSession {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Column(name = "open_key")
	private @Nullable String openKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "started_by", nullable = false)
	private String startedBy;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "due_at", nullable = false)
	private Instant dueAt;

	@Column(name = "nudge_at", nullable = false)
	private Instant nudgeAt;

	@Column(name = "completed_at")
	private @Nullable Instant completedAt;

	@Column(name = "meet_local")
	private @Nullable String meetLocal;

	@Column(name = "meet_zone")
	private @Nullable String meetZone;

	@Column(name = "workshop_key")
	private @Nullable String workshopKey;

	@Column(name = "workshop_problem")
	private @Nullable String workshopProblem;

	@Column(name = "card_channel")
	private @Nullable String cardChannel;

	@Column(name = "card_ts")
	private @Nullable String cardTs;

	@Column(nullable = false)
	private int version;

	protected TeamingSession() {
		this.initiativeKey = "";
		this.state = State.OPEN;
		this.startedBy = "";
		this.startedAt = Instant.EPOCH;
		this.dueAt = Instant.EPOCH;
		this.nudgeAt = Instant.EPOCH;
	}

	TeamingSession(String initiativeKey, String startedBy, Instant startedAt, Instant dueAt, Instant nudgeAt,
			@Nullable String meetLocal, @Nullable String meetZone) {
		this.initiativeKey = initiativeKey;
		this.openKey = initiativeKey;
		this.state = State.OPEN;
		this.startedBy = startedBy;
		this.startedAt = startedAt;
		this.dueAt = dueAt;
		this.nudgeAt = nudgeAt;
		this.meetLocal = meetLocal;
		this.meetZone = meetZone;
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Session not saved yet");
		}
		return this.id;
	}

	public String initiativeKey() {
		return this.initiativeKey;
	}

	public State state() {
		return this.state;
	}

	public boolean isOpen() {
		return this.state == State.OPEN;
	}

	public String startedBy() {
		return this.startedBy;
	}

	public Instant startedAt() {
		return this.startedAt;
	}

	public Instant dueAt() {
		return this.dueAt;
	}

	public Instant nudgeAt() {
		return this.nudgeAt;
	}

	public @Nullable Instant completedAt() {
		return this.completedAt;
	}

	public @Nullable String meetLocal() {
		return this.meetLocal;
	}

	public @Nullable String meetZone() {
		return this.meetZone;
	}

	public @Nullable String workshopKey() {
		return this.workshopKey;
	}

	public @Nullable String workshopProblem() {
		return this.workshopProblem;
	}

	public @Nullable String cardChannel() {
		return this.cardChannel;
	}

	public @Nullable String cardTs() {
		return this.cardTs;
	}

	/**
	 * Grows with every change the card shows, so that a card drawn from an older state is
	 * recognised and drawn again.
	 * @return the version
	 */
	public int version() {
		return this.version;
	}

	void changed() {
		this.version++;
	}

	void complete(Instant now) {
		this.state = State.COMPLETE;
		this.openKey = null;
		this.completedAt = now;
		changed();
	}

	void reopen() {
		this.state = State.OPEN;
		this.openKey = this.initiativeKey;
		this.completedAt = null;
		changed();
	}

	void cardPosted(String channel, String ts) {
		this.cardChannel = channel;
		this.cardTs = ts;
	}

	void workshop(@Nullable String key, @Nullable String problem) {
		this.workshopKey = key;
		this.workshopProblem = problem;
		changed();
	}

	public enum State {

		OPEN, COMPLETE

	}

}
