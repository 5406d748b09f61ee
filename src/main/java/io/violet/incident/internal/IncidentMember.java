package io.violet.incident.internal;

import java.time.Instant;

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

	private boolean inRoom;

	private @Nullable Instant roomChangedAt;

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

	/**
	 * Someone Slack says is in the room.
	 * @param incidentId the incident
	 * @param userId the user
	 * @param reason why they are here, e.g. {@code joined}
	 * @param at when Slack said so
	 * @return the member, in the room
	 */
	static IncidentMember inRoom(long incidentId, String userId, String reason, Instant at) {
		IncidentMember member = new IncidentMember(incidentId, userId, reason, Invite.JOINED);
		member.inRoom = true;
		member.roomChangedAt = at;
		return member;
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
	 * Whether the person is in the war room's channel as far as Slack told Violet. A
	 * failed invitation never puts anyone in; leaving takes them out.
	 * @return true when in the room
	 */
	public boolean inRoom() {
		return this.inRoom;
	}

	/**
	 * Records what Slack said about this person's presence, unless Violet already heard
	 * something newer.
	 * @param present whether they are in the room
	 * @param at when Slack said so
	 * @return whether anything changed
	 */
	boolean presence(boolean present, Instant at) {
		if (this.roomChangedAt != null && this.roomChangedAt.isAfter(at)) {
			return false;
		}
		boolean changed = this.inRoom != present;
		this.inRoom = present;
		this.roomChangedAt = at;
		if (present && this.invite == Invite.FAILED) {
			// they found their way in: the room no longer lists them as missing
			this.invite = Invite.JOINED;
			this.problem = null;
		}
		return changed;
	}

	/**
	 * Where an invitation stands.
	 */
	public enum Invite {

		PENDING, INVITED, FAILED, JOINED

	}

}
