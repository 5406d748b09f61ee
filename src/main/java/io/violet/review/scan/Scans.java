package io.violet.review.scan;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.ComponentInventory;
import io.violet.initiative.ComponentInventory.InventoryComponent;
import io.violet.initiative.Initiatives;
import io.violet.initiative.InitiativeSummary;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores model scan results of components in an initiative's ML-BOM and reports what each
 * did ({@link ScanConsequences}, which the thread hears of): a failing scan sends the
 * model-scan review back and asks the threat-analyst and ml-engineer owners to triage.
 */
@Service
public class Scans {

	/** Who is pinged when a scan fails: the model-scan review's sign-off roles. */
	static final List<Role> PINGED_ON_FAILURE = List.of(Role.THREAT_ANALYST, Role.ML_ENGINEER);

	private final ScanResultRepository results;

	private final Initiatives catalog;

	private final ComponentInventory inventory;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Reviews reviews;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Scans(ScanResultRepository results, Initiatives catalog, ComponentInventory inventory, Directory directory,
			AuditTrail audit, ApplicationEventPublisher events, Reviews reviews, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.results = results;
		this.catalog = catalog;
		this.inventory = inventory;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.reviews = reviews;
		this.clock = clock;
	}

	/**
	 * Records a scan a pipeline reported. Retries of one report with one idempotency key
	 * store it once, also when they arrive at the same moment on any replicas: the
	 * database's unique key decides, and the retries that lose answer with the stored
	 * result.
	 * @param report the report (its free fields already checked)
	 * @param pipeline the pipeline's token name
	 * @return what happened
	 */
	public Recorded fromPipeline(ScanReport report, String pipeline) {
		String reporter = "pipeline:" + pipeline;
		try {
			return this.transactions.execute((status) -> record(report, reporter, null));
		}
		catch (DataIntegrityViolationException ex) {
			String key = report.idempotencyKey();
			if (key == null) {
				throw ex;
			}
			return this.transactions.execute((status) -> this.results.findByReportedByAndIdempotencyKey(reporter, key)
				.map((stored) -> new Recorded(Recorded.Outcome.ALREADY_RECORDED,
						this.catalog.find(stored.initiativeKey()).orElseThrow(), stored))
				.orElseThrow(() -> ex));
		}
	}

	/**
	 * Records a scan a person reports by hand.
	 * @param report the report (its free fields already checked)
	 * @param userId who reports it
	 * @return what happened
	 */
	@Transactional
	public Recorded byHand(ScanReport report, String userId) {
		return record(report, userId, userId);
	}

	/**
	 * An initiative's scan results, newest first.
	 * @param initiativeKey the key as stored
	 * @return the results
	 */
	@Transactional(readOnly = true)
	public List<ScanResult> of(String initiativeKey) {
		return this.results.findByInitiativeKeyOrderByRecordedAtDescIdDesc(initiativeKey);
	}

	private Recorded record(ScanReport report, String reporter, @Nullable String person) {
		Optional<InitiativeSummary> found = this.catalog.find(report.initiativeKey());
		if (found.isEmpty()) {
			return new Recorded(Recorded.Outcome.NO_INITIATIVE, null, null);
		}
		InitiativeSummary initiative = found.get();
		if (person != null && !this.inventory.mayChange(initiative, person)) {
			return new Recorded(Recorded.Outcome.NOT_ALLOWED, initiative, null);
		}
		Optional<InventoryComponent> component = this.inventory.find(initiative.key(), report.componentName(),
				report.componentVersion());
		if (component.isEmpty()) {
			return new Recorded(Recorded.Outcome.NO_COMPONENT, initiative, null);
		}
		if (report.idempotencyKey() != null) {
			Optional<ScanResult> earlier = this.results.findByReportedByAndIdempotencyKey(reporter,
					report.idempotencyKey());
			if (earlier.isPresent()) {
				return new Recorded(Recorded.Outcome.ALREADY_RECORDED, initiative, earlier.get());
			}
		}
		InventoryComponent listed = component.get();
		ScanResult result = this.results.saveAndFlush(new ScanResult(initiative.key(), listed.name(), listed.version(),
				report, reporter, this.clock.instant()));
		this.audit.record(reporter, "scan.recorded", "initiative:" + initiative.key(), result.outcome().key() + " "
				+ result.coordinates() + " by " + result.tool() + " (scan " + result.id() + ")");
		this.events.publishEvent(consequences(result));
		this.events.publishEvent(new ScanRecorded(result.id(), initiative.key(), result.coordinates(), result.tool(),
				result.outcome() == ScanOutcome.PASS));
		return new Recorded(Recorded.Outcome.RECORDED, initiative, result);
	}

	/**
	 * A failing scan sends the model-scan review back (or requires it), so the initiative
	 * cannot enter production until the scan's owners approve again; a passing one is
	 * noted on the review as it stands.
	 */
	private ScanConsequences consequences(ScanResult result) {
		ReviewSummary review = currentReview(result.initiativeKey());
		if (result.outcome() == ScanOutcome.FAIL) {
			this.reviews.sendBack(result.initiativeKey(), ReviewKind.MODEL_SCAN,
					"Failing " + result.tool() + " scan of " + result.coordinates() + " (scan " + result.id() + ")",
					Actor.VIOLET.id());
			Set<String> people = new LinkedHashSet<>();
			for (Role role : PINGED_ON_FAILURE) {
				people.addAll(this.directory.holders(role).owners());
			}
			return new ScanConsequences(result,
					(review != null) ? ScanConsequences.ReviewEffect.SENT_BACK : ScanConsequences.ReviewEffect.REQUIRED,
					List.of(), List.copyOf(people));
		}
		if (review == null) {
			return new ScanConsequences(result, ScanConsequences.ReviewEffect.NO_REVIEW, List.of(), List.of());
		}
		return review.approved()
				? new ScanConsequences(result, ScanConsequences.ReviewEffect.NOTED_APPROVED, List.of(), List.of())
				: new ScanConsequences(result, ScanConsequences.ReviewEffect.NOTED_OPEN, review.waitingFor(),
						List.of());
	}

	private @Nullable ReviewSummary currentReview(String initiativeKey) {
		return this.reviews.of(initiativeKey)
			.stream()
			.filter((r) -> r.kind() == ReviewKind.MODEL_SCAN)
			.findFirst()
			.orElse(null);
	}

	/**
	 * What recording a scan came to.
	 *
	 * @param outcome what happened
	 * @param initiative the initiative, null when there is none
	 * @param result the stored result (also for a repeated report), null otherwise
	 */
	public record Recorded(Outcome outcome, @Nullable InitiativeSummary initiative, @Nullable ScanResult result) {

		/**
		 * What happened.
		 */
		public enum Outcome {

			RECORDED, ALREADY_RECORDED, NO_INITIATIVE, NO_COMPONENT, NOT_ALLOWED

		}

	}

}
