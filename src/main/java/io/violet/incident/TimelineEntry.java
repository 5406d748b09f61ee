package io.violet.incident;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One line of an incident's timeline (plain text; escaped when shown).
 */
@Entity
@Table(name = "incident_timeline_entry")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long incidentId;

	private Instant occurredAt;

	private String actor;

	private String text;

	protected TimelineEntry() {
		this.occurredAt = Instant.EPOCH;
		this.actor = "";
		this.text = "";
	}

	public TimelineEntry(long incidentId, Instant occurredAt, String actor, String text) {
		this.incidentId = incidentId;
		this.occurredAt = occurredAt;
		this.actor = actor;
		this.text = text;
	}

	public Instant occurredAt() {
		return this.occurredAt;
	}

	public String actor() {
		return this.actor;
	}

	public String text() {
		return this.text;
	}

}
