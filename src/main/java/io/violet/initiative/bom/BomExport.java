package io.violet.initiative.bom;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A validated CycloneDX document waiting for its upload into the initiative's thread. The
 * document is kept as validated, so that what is uploaded is exactly what passed the
 * schema check.
 */
@Entity
@Table(name = "bom_export")
public class BomExport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Column(name = "requested_by", nullable = false)
	private String requestedBy;

	@Column(name = "requested_at", nullable = false)
	private Instant requestedAt;

	@Column(name = "component_count", nullable = false)
	private int componentCount;

	@Column(nullable = false, columnDefinition = "MEDIUMTEXT")
	private String document;

	@Column(name = "file_id")
	private @Nullable String fileId;

	@Column(name = "uploaded_at")
	private @Nullable Instant uploadedAt;

	protected BomExport() {
		this.initiativeKey = "";
		this.requestedBy = "";
		this.requestedAt = Instant.EPOCH;
		this.document = "";
	}

	BomExport(String initiativeKey, String requestedBy, Instant requestedAt, int componentCount, String document) {
		this.initiativeKey = initiativeKey;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
		this.componentCount = componentCount;
		this.document = document;
	}

	public long id() {
		return (this.id != null) ? this.id : 0;
	}

	public String initiativeKey() {
		return this.initiativeKey;
	}

	public String requestedBy() {
		return this.requestedBy;
	}

	public Instant requestedAt() {
		return this.requestedAt;
	}

	public int componentCount() {
		return this.componentCount;
	}

	public String document() {
		return this.document;
	}

	public boolean uploaded() {
		return this.uploadedAt != null;
	}

	public @Nullable String fileId() {
		return this.fileId;
	}

	void markUploaded(String fileId, Instant at) {
		this.fileId = fileId;
		this.uploadedAt = at;
	}

	/**
	 * The file name in Slack.
	 * @return e.g. {@code AI-3-ml-bom-7.cdx.json}
	 */
	public String fileName() {
		return this.initiativeKey + "-ml-bom-" + id() + ".cdx.json";
	}

}
