package io.violet.review.scan;

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

/**
 * A stored model scan result.
 */
@Entity
@Table(name = "scan_result")
public class ScanResult {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "initiative_key", nullable = false)
	private String initiativeKey;

	@Column(name = "component_name", nullable = false)
	private String componentName;

	@Column(name = "component_version", nullable = false)
	private String componentVersion;

	@Column(nullable = false)
	private String tool;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ScanOutcome outcome;

	private @Nullable String summary;

	@Column(name = "critical_findings", nullable = false)
	private int criticalFindings;

	@Column(name = "high_findings", nullable = false)
	private int highFindings;

	@Column(name = "medium_findings", nullable = false)
	private int mediumFindings;

	@Column(name = "low_findings", nullable = false)
	private int lowFindings;

	@Column(name = "report_url")
	private @Nullable String reportUrl;

	@Column(name = "reported_by", nullable = false)
	private String reportedBy;

	@Column(name = "idempotency_key")
	private @Nullable String idempotencyKey;

	@Column(name = "recorded_at", nullable = false)
	private Instant recordedAt;

	protected ScanResult() {
		this.initiativeKey = "";
		this.componentName = "";
		this.componentVersion = "";
		this.tool = "";
		this.outcome = ScanOutcome.FAIL;
		this.reportedBy = "";
		this.recordedAt = Instant.EPOCH;
	}

	ScanResult(String initiativeKey, String componentName, String componentVersion, ScanReport report,
			String reportedBy, Instant recordedAt) {
		this.initiativeKey = initiativeKey;
		this.componentName = componentName;
		this.componentVersion = componentVersion;
		this.tool = report.tool();
		this.outcome = report.outcome();
		this.summary = report.summary();
		this.criticalFindings = report.findings().critical();
		this.highFindings = report.findings().high();
		this.mediumFindings = report.findings().medium();
		this.lowFindings = report.findings().low();
		this.reportUrl = report.reportUrl();
		this.reportedBy = reportedBy;
		this.idempotencyKey = report.idempotencyKey();
		this.recordedAt = recordedAt;
	}

	public long id() {
		return (this.id != null) ? this.id : 0;
	}

	public String initiativeKey() {
		return this.initiativeKey;
	}

	public String coordinates() {
		return this.componentName + "@" + this.componentVersion;
	}

	public String tool() {
		return this.tool;
	}

	public ScanOutcome outcome() {
		return this.outcome;
	}

	public @Nullable String summary() {
		return this.summary;
	}

	public ScanReport.Findings findings() {
		return new ScanReport.Findings(this.criticalFindings, this.highFindings, this.mediumFindings, this.lowFindings);
	}

	public @Nullable String reportUrl() {
		return this.reportUrl;
	}

	public String reportedBy() {
		return this.reportedBy;
	}

	public Instant recordedAt() {
		return this.recordedAt;
	}

}
