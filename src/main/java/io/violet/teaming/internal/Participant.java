package io.violet.teaming.internal;

import io.violet.directory.Role;
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
 * Someone who answers a lens of a session, and how they came to.
 */
@Entity
@Table(name = "teaming_participant")
public class Participant {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "session_id", nullable = false)
	private long sessionId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Lens lens;

	@Column(name = "user_id", nullable = false)
	private String userId;

	@Column(name = "role_key", nullable = false)
	private String roleKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private How how;

	protected Participant() {
		this.lens = Lens.ML;
		this.userId = "";
		this.roleKey = "";
		this.how = How.PRIMARY;
	}

	Participant(long sessionId, Lens lens, String userId, Role role, How how) {
		this.sessionId = sessionId;
		this.lens = lens;
		this.userId = userId;
		this.roleKey = role.key();
		this.how = how;
	}

	public long id() {
		return (this.id != null) ? this.id : -1;
	}

	public long sessionId() {
		return this.sessionId;
	}

	public Lens lens() {
		return this.lens;
	}

	public String userId() {
		return this.userId;
	}

	public Role role() {
		return Role.fromKey(this.roleKey).orElseThrow();
	}

	public How how() {
		return this.how;
	}

	public enum How {

		/** The primary owner of the role. */
		PRIMARY,
		/** A backup, because the primary is deactivated. */
		BACKUP,
		/** Added by the one who started the session ({@code --add}) or later. */
		ADDED

	}

}
