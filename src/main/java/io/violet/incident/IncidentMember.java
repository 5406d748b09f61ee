package io.violet.incident;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Someone who belongs in a war room, and whether Violet could invite them.
 */
@Entity
@Table(name = "incident_member")
public class IncidentMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private long incidentId;

	private String userId;

	private String reason;

	@Enumerated(EnumType.STRING)
	private Invite invite;

	private @Nullable String problem;

	protected IncidentMember() {
		this.userId = "";
		this.reason = "";
		this.invite = Invite.PENDING;
	}

	IncidentMember(long incidentId, String userId, String reason, Invite invite) {
		this.incidentId = incidentId;
		this.userId = userId;
		this.reason = reason;
		this.invite = invite;
	}

	public long incidentId() {
		return this.incidentId;
	}

	public String userId() {
		return this.userId;
	}

	public String reason() {
		return this.reason;
	}

	public Invite invite() {
		return this.invite;
	}

	public @Nullable String problem() {
		return this.problem;
	}

	/**
	 * Where an invitation stands.
	 */
	public enum Invite {

		PENDING, INVITED, FAILED, JOINED

	}

}
