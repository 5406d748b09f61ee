package io.violet.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A role whose owners follow a user group.
 */
@Entity
@Table(name = "role_sync")
class RoleSyncEntity {

	@Id
	@Column(name = "role_key", nullable = false)
	private String roleKey;

	@Column(name = "user_group", nullable = false)
	private String userGroup;

	@Column(name = "synced_by", nullable = false)
	private String syncedBy;

	@Column(nullable = false)
	private Instant since;

	protected RoleSyncEntity() {
		this.roleKey = "";
		this.userGroup = "";
		this.syncedBy = "";
		this.since = Instant.EPOCH;
	}

	RoleSyncEntity(String roleKey, String userGroup, String syncedBy, Instant since) {
		this.roleKey = roleKey;
		this.userGroup = userGroup;
		this.syncedBy = syncedBy;
		this.since = since;
	}

	void follow(String group, String by, Instant now) {
		this.userGroup = group;
		this.syncedBy = by;
		this.since = now;
	}

	String roleKey() {
		return this.roleKey;
	}

	String userGroup() {
		return this.userGroup;
	}

}
