package io.violet.initiative.bom;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.initiative.Initiatives;
import io.violet.initiative.InitiativeSummary;
import io.violet.initiative.MlBoms;
import org.cyclonedx.model.Bom;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * BomExporter an initiative's ML-BOM as CycloneDX 1.6: builds it, validates it against
 * the schema, and only then queues its upload into the initiative's thread.
 */
@Service
public class BomExporter implements MlBoms {

	private final BomComponentRepository components;

	private final BomExportRepository exports;

	private final Initiatives catalog;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final String toolVersion;

	BomExporter(BomComponentRepository components, BomExportRepository exports, Initiatives catalog, AuditTrail audit,
			ApplicationEventPublisher events, Clock clock) {
		this.components = components;
		this.exports = exports;
		this.catalog = catalog;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		String version = BomExporter.class.getPackage().getImplementationVersion();
		this.toolVersion = (version != null) ? version : "development";
	}

	/**
	 * Builds, validates and queues an export.
	 * @param initiativeKey the key, any case
	 * @param actor who asked
	 * @return the outcome
	 */
	@Transactional
	public Outcome export(String initiativeKey, String actor) {
		Optional<InitiativeSummary> found = this.catalog.find(initiativeKey);
		if (found.isEmpty()) {
			return new Outcome(null, null, List.of());
		}
		InitiativeSummary initiative = found.get();
		List<BomComponent> listed = this.components
			.findByInitiativeKeyOrderByKindAscNameAscVersionAsc(initiative.key());
		Bom bom = BomDocument.build(initiative, listed, this.clock.instant(), this.toolVersion);
		String document = BomDocument.json(bom);
		List<String> violations = BomDocument.validate(document);
		if (!violations.isEmpty()) {
			this.audit.record(actor, "bom.export-invalid", "initiative:" + initiative.key(),
					String.join("; ", violations));
			return new Outcome(initiative, null, violations);
		}
		BomExport export = this.exports
			.save(new BomExport(initiative.key(), actor, this.clock.instant(), listed.size(), document));
		this.audit.record(actor, "bom.exported", "initiative:" + initiative.key(),
				"export " + export.id() + ", " + listed.size() + " components, CycloneDX " + BomDocument.VERSION);
		this.events.publishEvent(new BomExportRequested(export.id()));
		return new Outcome(initiative, export, List.of());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<MlBoms.Document> cycloneDx(String initiativeKey) {
		return this.catalog.find(initiativeKey).map((initiative) -> {
			List<BomComponent> listed = this.components
				.findByInitiativeKeyOrderByKindAscNameAscVersionAsc(initiative.key());
			String document = BomDocument
				.json(BomDocument.build(initiative, listed, this.clock.instant(), this.toolVersion));
			return new MlBoms.Document(document, listed.size(), BomDocument.validate(document));
		});
	}

	@Transactional(readOnly = true)
	public Optional<BomExport> find(long exportId) {
		return this.exports.findById(exportId);
	}

	/**
	 * Records that an export reached Slack.
	 * @param exportId the export
	 * @param fileId Slack's file id
	 */
	@Transactional
	public void uploaded(long exportId, String fileId) {
		this.exports.findById(exportId).ifPresent((export) -> export.markUploaded(fileId, this.clock.instant()));
	}

	/**
	 * What an export request came to.
	 *
	 * @param initiative the initiative, null when there is none
	 * @param export the queued export, null when there is no initiative or the document
	 * was invalid
	 * @param violations the schema violations of an invalid document
	 */
	public record Outcome(@Nullable InitiativeSummary initiative, @Nullable BomExport export, List<String> violations) {

	}

}
