package io.violet.directory;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_fact")
class UserFactEntity {

	@Id
	@Column(name = "user_id")
	private String userId;

	@Column(name = "time_zone")
	private @Nullable String timeZone;

	@Column(name = "workspace_admin", nullable = false)
	private boolean workspaceAdmin;

	@Column(nullable = false)
	private boolean deactivated;

	@Column(nullable = false)
	private boolean bot;

	@Column(nullable = false)
	private boolean restricted;

	@Column(name = "refreshed_at", nullable = false)
	private Instant refreshedAt;

	@Column(name = "slack_updated")
	private @Nullable Long slackUpdated;

	protected UserFactEntity() {
		this.userId = "";
		this.refreshedAt = Instant.EPOCH;
	}

	UserFactEntity(UserFact fact) {
		this.userId = fact.userId();
		this.refreshedAt = fact.refreshedAt();
		refreshFrom(fact);
	}

	void refreshFrom(UserFact fact) {
		this.timeZone = fact.timeZone();
		this.workspaceAdmin = fact.workspaceAdmin();
		this.deactivated = fact.deactivated();
		this.bot = fact.bot();
		this.restricted = fact.restricted();
		this.refreshedAt = fact.refreshedAt();
		this.slackUpdated = fact.slackUpdated();
	}

	UserFact toFact() {
		return new UserFact(this.userId, this.timeZone, this.workspaceAdmin, this.deactivated, this.bot,
				this.restricted, this.refreshedAt, this.slackUpdated);
	}

}
