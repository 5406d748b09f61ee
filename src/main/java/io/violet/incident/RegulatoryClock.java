package io.violet.incident;

import java.time.Instant;
import java.util.Optional;

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
 * A notification deadline running for an incident; its deadline follows the incident's
 * "became aware at" time and the configured duration of its kind and variant.
 */
@Entity
@DynamicUpdate
@Table(name = "incident_clock")
public class RegulatoryClock {

	/** GDPR Art. 33, personal-data breach notification. */
	public static final String GDPR = "gdpr-art33";

	/** EU AI Act Art. 73, serious incident with a high-risk AI system. */
	public static final String AI_ACT = "ai-act-art73";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long incidentId;

	private String kind;

	private String variant;

	@Enumerated(EnumType.STRING)
	private State state;

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private int remindersDue;

	private int remindersSent;

	protected RegulatoryClock() {
		this.kind = "";
		this.variant = "";
		this.state = State.RUNNING;
	}

	public RegulatoryClock(long incidentId, String kind, String variant) {
		this.incidentId = incidentId;
		this.kind = kind;
		this.variant = variant;
		this.state = State.RUNNING;
	}

	public long id() {
		return (this.id != null) ? this.id : 0L;
	}

	public long incidentId() {
		return this.incidentId;
	}

	public String kind() {
		return this.kind;
	}

	public String variant() {
		return this.variant;
	}

	/**
	 * The key of its configured rule, e.g. {@code ai-act-art73-death}.
	 * @return the rule key
	 */
	public String ruleKey() {
		return "standard".equals(this.variant) ? this.kind : this.kind + "-" + this.variant;
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

	public int remindersDue() {
		return this.remindersDue;
	}

	public int remindersSent() {
		return this.remindersSent;
	}

	public void decide(State state, String by, Instant at) {
		this.state = state;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	public void changeVariant(String variant) {
		this.variant = variant;
	}

	public void remindersDue(int due) {
		this.remindersDue = Math.max(this.remindersDue, due);
	}

	public void markRemindersSent() {
		this.remindersSent = this.remindersDue;
	}

	/**
	 * Whether a clock still runs.
	 */
	public enum State {

		RUNNING, DONE, NOT_APPLICABLE

	}

}
