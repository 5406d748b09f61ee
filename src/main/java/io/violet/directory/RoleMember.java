package io.violet.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "role_member")
class RoleMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "role_key", nullable = false)
	private String roleKey;

	@Column(name = "user_id", nullable = false)
	private String userId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Kind kind;

	@Column(nullable = false)
	private int position;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected RoleMember() {
		this.roleKey = "";
		this.userId = "";
		this.kind = Kind.OWNER;
		this.addedAt = Instant.EPOCH;
	}

	RoleMember(Role role, String userId, Kind kind, int position, Instant addedAt) {
		this.roleKey = role.key();
		this.userId = userId;
		this.kind = kind;
		this.position = position;
		this.addedAt = addedAt;
	}

	String userId() {
		return this.userId;
	}

	Kind kind() {
		return this.kind;
	}

	String roleKey() {
		return this.roleKey;
	}

	int position() {
		return this.position;
	}

	enum Kind {

		OWNER, BACKUP

	}

}
