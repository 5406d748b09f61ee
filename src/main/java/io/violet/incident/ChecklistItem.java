package io.violet.incident;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One step of a war room's checklist.
 */
@Entity
@Table(name = "incident_checklist_item")
public class ChecklistItem {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long incidentId;

	private int position;

	private String phase;

	private String text;

	private String refs;

	private @Nullable String doneBy;

	private @Nullable Instant doneAt;

	protected ChecklistItem() {
		this.phase = "";
		this.text = "";
		this.refs = "";
	}

	public ChecklistItem(long incidentId, int position, String phase, String text, String refs) {
		this.incidentId = incidentId;
		this.position = position;
		this.phase = phase;
		this.text = text;
		this.refs = refs;
	}

	public long id() {
		return (this.id != null) ? this.id : 0L;
	}

	public long incidentId() {
		return this.incidentId;
	}

	public int position() {
		return this.position;
	}

	public String phase() {
		return this.phase;
	}

	public String text() {
		return this.text;
	}

	public String refs() {
		return this.refs;
	}

	public Optional<String> doneBy() {
		return Optional.ofNullable(this.doneBy);
	}

	public Optional<Instant> doneAt() {
		return Optional.ofNullable(this.doneAt);
	}

	public boolean done() {
		return this.doneAt != null;
	}

	public void tick(String by, Instant at) {
		this.doneBy = by;
		this.doneAt = at;
	}

	public void untick() {
		this.doneBy = null;
		this.doneAt = null;
	}

}
