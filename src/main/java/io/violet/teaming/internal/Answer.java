package io.violet.teaming.internal;

import java.time.Instant;

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
 * One question's answer on a lens sheet: a draft until the lens is submitted complete,
 * then final (and no longer asked).
 */
@Entity
@Table(name = "teaming_answer")
public class Answer {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "lens_id", nullable = false)
	private long lensId;

	@Column(name = "question_id", nullable = false)
	private String questionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Verdict verdict;

	@Enumerated(EnumType.STRING)
	private @Nullable Severity severity;

	@Column(length = 3000)
	private @Nullable String text;

	@Column(name = "answered_by", nullable = false)
	private String answeredBy;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	@Column(name = "is_final", nullable = false)
	private boolean isFinal;

	protected Answer() {
		this.questionId = "";
		this.verdict = Verdict.NO_CONCERN;
		this.answeredBy = "";
		this.answeredAt = Instant.EPOCH;
	}

	Answer(long lensId, AnswerDraft draft, String by, Instant now) {
		this.lensId = lensId;
		this.questionId = draft.questionId();
		this.answeredBy = by;
		this.answeredAt = now;
		apply(draft, by, now);
	}

	void apply(AnswerDraft draft, String by, Instant now) {
		this.verdict = draft.verdict();
		this.severity = draft.severity();
		this.text = draft.text();
		this.answeredBy = by;
		this.answeredAt = now;
	}

	void makeFinal() {
		this.isFinal = true;
	}

	public long lensId() {
		return this.lensId;
	}

	public String questionId() {
		return this.questionId;
	}

	public Verdict verdict() {
		return this.verdict;
	}

	public @Nullable Severity severity() {
		return this.severity;
	}

	public @Nullable String text() {
		return this.text;
	}

	public String answeredBy() {
		return this.answeredBy;
	}

	public boolean isFinal() {
		return this.isFinal;
	}

	public AnswerDraft draft() {
		return new AnswerDraft(this.questionId, this.verdict, this.severity, this.text);
	}

}
