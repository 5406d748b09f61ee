package io.violet.initiative.bom;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

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
 * One component in an initiative's ML-BOM.
 */
@Entity
@Table(name = "bom_component")
public class BomComponent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ComponentKind kind;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String version;

	private @Nullable String supplier;

	private @Nullable String license;

	private @Nullable String sha256;

	private @Nullable String url;

	@Enumerated(EnumType.STRING)
	private @Nullable ModelApproach approach;

	private @Nullable String task;

	@Column(name = "datasets_used")
	private @Nullable String datasetsUsed;

	private @Nullable String limitations;

	@Column(name = "ethical_considerations")
	private @Nullable String ethicalConsiderations;

	private @Nullable String provenance;

	@Column(name = "personal_data", nullable = false)
	private boolean personalData;

	@Column(name = "added_by", nullable = false)
	private String addedBy;

	@Column(name = "added_at", nullable = false)
	private Instant addedAt;

	protected BomComponent() {
		this.initiativeKey = "";
		this.kind = ComponentKind.LIBRARY;
		this.name = "";
		this.version = "";
		this.addedBy = "";
		this.addedAt = Instant.EPOCH;
	}

	BomComponent(String initiativeKey, ComponentDraft draft, String addedBy, Instant addedAt) {
		this.initiativeKey = initiativeKey;
		this.kind = draft.kind();
		this.name = draft.coordinates().name();
		this.version = draft.coordinates().version();
		this.supplier = draft.supplier();
		this.license = draft.license();
		this.sha256 = draft.sha256();
		this.url = draft.url();
		this.approach = draft.approach();
		this.task = draft.task();
		this.datasetsUsed = draft.datasetsUsed().isEmpty() ? null : String.join(", ", draft.datasetsUsed());
		this.limitations = draft.limitations();
		this.ethicalConsiderations = draft.ethicalConsiderations();
		this.provenance = draft.provenance();
		this.personalData = draft.personalData();
		this.addedBy = addedBy;
		this.addedAt = addedAt;
	}

	public String initiativeKey() {
		return this.initiativeKey;
	}

	public ComponentKind kind() {
		return this.kind;
	}

	public String name() {
		return this.name;
	}

	public String version() {
		return this.version;
	}

	public String coordinates() {
		return this.name + "@" + this.version;
	}

	public @Nullable String supplier() {
		return this.supplier;
	}

	public boolean outside() {
		return this.supplier != null;
	}

	public @Nullable String license() {
		return this.license;
	}

	public @Nullable String sha256() {
		return this.sha256;
	}

	public @Nullable String url() {
		return this.url;
	}

	public @Nullable ModelApproach approach() {
		return this.approach;
	}

	public @Nullable String task() {
		return this.task;
	}

	public List<String> datasetsUsed() {
		return (this.datasetsUsed == null) ? List.of()
				: Arrays.stream(this.datasetsUsed.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	public @Nullable String limitations() {
		return this.limitations;
	}

	public @Nullable String ethicalConsiderations() {
		return this.ethicalConsiderations;
	}

	public @Nullable String provenance() {
		return this.provenance;
	}

	public boolean personalData() {
		return this.personalData;
	}

	public String addedBy() {
		return this.addedBy;
	}

	public Instant addedAt() {
		return this.addedAt;
	}

	/**
	 * A stable reference inside a CycloneDX document.
	 * @return e.g. {@code model:fraud-gbm@2.3.0}
	 */
	public String bomRef() {
		return this.kind.key() + ":" + coordinates();
	}

}
