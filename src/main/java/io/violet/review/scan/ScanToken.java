package io.violet.review.scan;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A pipeline's bearer token; only its SHA-256 hash is stored.
 */
@Entity
@Table(name = "scan_token")
public class ScanToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private String name;

	@Column(name = "active_name")
	private @Nullable String activeName;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "last_used_at")
	private @Nullable Instant lastUsedAt;

	@Column(name = "revoked_by")
	private @Nullable String revokedBy;

	@Column(name = "revoked_at")
	private @Nullable Instant revokedAt;

	/** The initiatives it may report for, comma-separated; null for any. */
	@Column(name = "initiatives")
	private @Nullable String initiatives;

	protected ScanToken() {
		this.name = "";
		this.tokenHash = "";
		this.createdBy = "";
		this.createdAt = Instant.EPOCH;
	}

	ScanToken(String name, String tokenHash, String createdBy, Instant createdAt, Collection<String> initiatives) {
		this.name = name;
		this.activeName = name;
		this.tokenHash = tokenHash;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.initiatives = initiatives.isEmpty() ? null : String.join(",", new TreeSet<>(initiatives));
	}

	public String name() {
		return this.name;
	}

	public String createdBy() {
		return this.createdBy;
	}

	public Instant createdAt() {
		return this.createdAt;
	}

	public @Nullable Instant lastUsedAt() {
		return this.lastUsedAt;
	}

	/**
	 * The initiatives this token may report scans for.
	 * @return their keys in order, empty when it may report for any
	 */
	public List<String> initiatives() {
		return (this.initiatives == null) ? List.of() : List.of(this.initiatives.split(","));
	}

	public boolean revoked() {
		return this.revokedAt != null;
	}

	String tokenHash() {
		return this.tokenHash;
	}

	void used(Instant at) {
		this.lastUsedAt = at;
	}

	void revoke(String by, Instant at) {
		this.activeName = null;
		this.revokedBy = by;
		this.revokedAt = at;
	}

}
