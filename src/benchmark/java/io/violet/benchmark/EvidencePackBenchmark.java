package io.violet.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.violet.directory.Role;
import io.violet.followup.FollowUpTestSupport;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.FollowUps;
import io.violet.followup.NewFollowUp;
import io.violet.followup.evidence.EvidencePack;
import io.violet.followup.evidence.EvidenceRequest;
import io.violet.incident.Incident;
import io.violet.incident.IncidentType;
import io.violet.incident.Report;
import io.violet.incident.Severity;
import io.violet.incident.internal.IncidentDeclarations;
import io.violet.incident.internal.IncidentLifecycle;
import io.violet.incident.internal.WarRoomActivity;
import io.violet.initiative.bom.ComponentDraft;
import io.violet.initiative.bom.Inventory;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import io.violet.review.internal.ReviewDecisions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence pack of a large initiative: 500 ML-BOM components, every review kind with
 * 50 review decisions between them (an initiative has one review per kind; each decision
 * and its text is part of the pack), 20 linked incidents with timelines and post-mortems,
 * and 100 follow-ups, on MariaDB. Target: the ZIP is built in under 5 s and the build
 * allocates under 100 MB of heap in all (so it can never hold more than that). Allocation
 * is counted by the JVM for the building thread
 * ({@code ThreadMXBean.getThreadAllocatedBytes}); the pack is built on the calling thread
 * and streamed into a sink that only counts bytes, as the upload streams it into a
 * temporary file.
 */
class EvidencePackBenchmark extends FollowUpTestSupport {

	private static final int COMPONENTS = 500;

	private static final int DECISIONS = 50;

	private static final int INCIDENTS = 20;

	private static final int NOTES_EACH = 10;

	private static final int FOLLOW_UPS = 100;

	private static final int RUNS = 5;

	@Autowired
	Inventory inventory;

	@Autowired
	Reviews reviews;

	@Autowired
	ReviewDecisions reviewDecisions;

	@Autowired
	IncidentDeclarations declarations;

	@Autowired
	WarRoomActivity activity;

	@Autowired
	IncidentLifecycle lifecycle;

	@Autowired
	FollowUps followUpFacade;

	@Autowired
	EvidencePack pack;

	@Test
	void packOfAnInitiativeWith500Components50ReviewDecisionsAnd20Incidents() throws IOException {
		String owner = user("OWNER");
		String reviewer = user("REVIEWER");
		for (Role role : Role.values()) {
			if (role != Role.INCIDENT_COMMANDER) {
				own(role, reviewer);
			}
		}
		String key = create(owner, "\"Benchmark pack\" --personal-data --third-party-model --affects-people "
				+ "--employment --genai --customer-facing --eu --risk high");
		awaitThread(key);
		for (int c = 0; c < COMPONENTS; c++) {
			this.inventory.add(key, component(c), owner);
		}
		for (ReviewKind kind : ReviewKind.values()) {
			if (!kind.automatic()) {
				this.reviews.require(key, kind, "benchmark", owner);
			}
		}
		List<ReviewSummary> required = this.reviews.of(key).stream().filter((r) -> !r.kind().automatic()).toList();
		assertThat(required).hasSizeGreaterThanOrEqualTo(9);
		for (int d = 0; d < DECISIONS; d++) {
			ReviewSummary review = required.get(d % required.size());
			boolean approve = d >= DECISIONS - required.size();
			this.reviewDecisions.decide(review.id(), reviewer, approve,
					approve ? null : "Round " + d + ": name the retention period and the fallback for " + key);
		}

		List<Long> incidentIds = new ArrayList<>();
		for (int i = 0; i < INCIDENTS; i++) {
			Incident incident = this.declarations
				.declare(new Report(IncidentType.values()[i % 9], Severity.values()[i % 4], "Benchmark incident " + i,
						"What happened in round " + i, i % 5 == 0, i % 2 == 0, key, null, null, null, owner, null));
			incidentIds.add(incident.id());
			for (int n = 0; n < NOTES_EACH; n++) {
				this.activity.note(incident.id(), "Observation " + n + " of incident " + i, this.commander);
			}
			this.lifecycle.resolve(incident.id(), "Summary of incident " + i, "Root cause of incident " + i,
					"Patch the filter\nRotate the key", this.commander);
		}
		for (int f = 0; f < FOLLOW_UPS; f++) {
			Long incident = (f % 2 == 0) ? incidentIds.get(f % INCIDENTS) : null;
			this.followUpFacade.create(new NewFollowUp("Benchmark follow-up " + f, owner,
					FollowUpSeverity.values()[f % FollowUpSeverity.values().length], null, key, incident,
					FollowUpSource.MANUAL, "benchmark:" + key + ":" + f, owner, null));
		}

		com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
		List<Long> times = new ArrayList<>();
		List<Long> allocations = new ArrayList<>();
		long size = 0;
		EvidencePack.Contents contents = null;
		for (int run = 0; run < RUNS; run++) {
			Counting sink = new Counting();
			long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
			long start = System.nanoTime();
			contents = this.pack.write(new EvidenceRequest(key, ADMIN, Instant.now()), sink).orElseThrow();
			times.add(System.nanoTime() - start);
			allocations.add(threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
			size = sink.count;
		}

		assertThat(contents.counts()).containsEntry("components", COMPONENTS).containsEntry("incidents", INCIDENTS);
		assertThat(contents.counts().get("follow-ups")).isGreaterThanOrEqualTo(FOLLOW_UPS);
		assertThat(contents.counts().get("reviews")).isEqualTo(this.reviews.of(key).size());
		assertThat(contents.files()).hasSize(12 + INCIDENTS - 1);
		assertThat(contents.hiddenIncidents()).isZero();
		assertReadable(key);

		System.out.printf(Locale.ROOT,
				"EvidencePackBenchmark %d components, %d reviews with %d decisions, %d incidents (%d notes each), "
						+ "%d follow-ups, %d files, ZIP %.1f kB, %d audit entries: first %.0f ms, p50 %.0f ms, "
						+ "max %.0f ms; allocated first %.1f MB, p50 %.1f MB, max %.1f MB%n",
				COMPONENTS, contents.counts().get("reviews"), DECISIONS, INCIDENTS, NOTES_EACH,
				contents.counts().get("follow-ups"), contents.files().size(), size / 1024.0,
				contents.counts().get("audit entries"), times.get(0) / 1e6, percentile(times, 50) / 1e6,
				percentile(times, 100) / 1e6, allocations.get(0) / 1048576.0, percentile(allocations, 50) / 1048576.0,
				percentile(allocations, 100) / 1048576.0);
		assertThat(percentile(times, 100)).isLessThan(5_000_000_000L);
		assertThat(percentile(allocations, 100)).isLessThan(100L * 1024 * 1024);
	}

	/** The pack is a ZIP every entry of which can be read back. */
	private void assertReadable(String key) throws IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		this.pack.write(new EvidenceRequest(key, ADMIN, Instant.now()), bytes);
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				zip.readAllBytes();
				entries++;
			}
		}
		assertThat(entries).isEqualTo(12 + INCIDENTS - 1);
	}

	private static ComponentDraft component(int n) {
		String kind = (n % 10 == 0) ? "model" : (n % 10 == 1) ? "dataset" : "library";
		return ComponentDraft
			.read(new ComponentDraft.Input(kind, "bench-" + n + "@1." + n, null, "Vendor " + (n % 7), "Apache-2.0",
					"sha256:" + String.format(Locale.ROOT, "%064x", n), null, null, null, null, null, null, null,
					false))
			.draft();
	}

	private static long percentile(List<Long> values, int percentile) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(index, 0));
	}

	private static final class Counting extends OutputStream {

		long count;

		@Override
		public void write(int b) {
			this.count++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			this.count += len;
		}

	}

}
