package io.violet.incident;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * One follow-up action of a post-mortem draft, as the resolution modal gave it (plain
 * text; escaped when shown). The commander confirms each one to have it tracked; the
 * tracked item's key is kept here.
 */
@Entity
@Table(name = "incident_postmortem_action")
public class PostMortemAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long incidentId;

	private int position;

	private String text;

	private @Nullable String ownerId;

	private @Nullable String followUpKey;

	protected PostMortemAction() {
		this.text = "";
	}

	public PostMortemAction(long incidentId, int position, String text, @Nullable String ownerId) {
		this.incidentId = incidentId;
		this.position = position;
		this.text = text;
		this.ownerId = ownerId;
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

	public String text() {
		return this.text;
	}

	public Optional<String> ownerId() {
		return Optional.ofNullable(this.ownerId);
	}

	/**
	 * The tracked item's key once the commander confirmed the action.
	 * @return e.g. {@code F-12}
	 */
	public Optional<String> followUpKey() {
		return Optional.ofNullable(this.followUpKey);
	}

	public void tracked(String key) {
		this.followUpKey = key;
	}

}
