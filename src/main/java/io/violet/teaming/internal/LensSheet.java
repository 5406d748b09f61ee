package io.violet.teaming.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
 * One lens's questions in a session and where its answers stand.
 */
@Entity
@Table(name = "teaming_lens")
public class LensSheet {

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
	private State state;

	@Column(nullable = false)
	private String questions;

	@Column(name = "answered_by")
	private @Nullable String answeredBy;

	@Column(name = "answered_at")
	private @Nullable Instant answeredAt;

	protected LensSheet() {
		this.lens = Lens.ML;
		this.state = State.PENDING;
		this.questions = "";
	}

	LensSheet(long sessionId, Lens lens, List<String> questionIds) {
		this.sessionId = sessionId;
		this.lens = lens;
		this.state = State.PENDING;
		this.questions = String.join(",", questionIds);
	}

	public long id() {
		if (this.id == null) {
			throw new IllegalStateException("Lens not saved yet");
		}
		return this.id;
	}

	public long sessionId() {
		return this.sessionId;
	}

	public Lens lens() {
		return this.lens;
	}

	public State state() {
		return this.state;
	}

	public boolean answered() {
		return this.state == State.ANSWERED;
	}

	public List<String> questionIds() {
		return this.questions.isEmpty() ? List.of() : Arrays.asList(this.questions.split(","));
	}

	public @Nullable String answeredBy() {
		return this.answeredBy;
	}

	public @Nullable Instant answeredAt() {
		return this.answeredAt;
	}

	void draft() {
		if (this.state == State.PENDING) {
			this.state = State.DRAFT;
		}
	}

	void answer(String by, Instant now) {
		this.state = State.ANSWERED;
		this.answeredBy = by;
		this.answeredAt = now;
	}

	/**
	 * Adds questions that now apply (e.g. a component added a threat); an answered lens
	 * is open again for them.
	 * @param more the question ids, in order
	 * @return the ids that were new
	 */
	List<String> add(List<String> more) {
		List<String> all = new ArrayList<>(questionIds());
		List<String> added = more.stream().filter((q) -> !all.contains(q)).toList();
		if (added.isEmpty()) {
			return added;
		}
		all.addAll(added);
		this.questions = String.join(",", all);
		if (this.state == State.ANSWERED) {
			this.state = State.DRAFT;
		}
		return added;
	}

	public enum State {

		/** Nothing answered yet. */
		PENDING,
		/**
		 * Some questions answered (saved as a draft), or questions added after answering.
		 */
		DRAFT,
		/** Every question answered and submitted. */
		ANSWERED

	}

}
