package io.violet.followup.evidence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpQueries;
import io.violet.incident.Incident;
import io.violet.incident.IncidentQueries;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.MlBoms;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewRecord;
import io.violet.review.Reviews;
import io.violet.review.ScanHistory;
import io.violet.teaming.Finding;
import io.violet.teaming.Teaming;
import io.violet.training.Compliance;
import io.violet.training.Compliance.TopicStatus;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds an initiative's evidence pack: one ZIP with the initiative and the basis of its
 * risk tier, its reviews and their decisions, violet-team findings, the ML-BOM (CycloneDX
 * 1.6), scan results, linked incidents with their timelines and post-mortems, follow-ups,
 * the training of the people holding its roles, its audit entries, an {@code index.md}
 * and {@code SHA256SUMS}. It is read in one read-only transaction, so every file shows
 * the same moment, and written file by file straight into the output. What the requester
 * may not see stays out: a private incident (and its follow-ups) only when they are in
 * its room or an admin, otherwise counted in the index.
 */
@Service
public class EvidencePack {

	private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final Initiatives initiatives;

	private final Reviews reviews;

	private final ScanHistory scans;

	private final MlBoms boms;

	private final IncidentQueries incidents;

	private final FollowUpQueries followUps;

	private final ObjectProvider<Teaming> teaming;

	private final Compliance compliance;

	private final Directory directory;

	private final AuditTrail audit;

	private final TransactionTemplate snapshot;

	EvidencePack(Initiatives initiatives, Reviews reviews, ScanHistory scans, MlBoms boms, IncidentQueries incidents,
			FollowUpQueries followUps, ObjectProvider<Teaming> teaming, Compliance compliance, Directory directory,
			AuditTrail audit, TransactionTemplate transactions) {
		this.initiatives = initiatives;
		this.reviews = reviews;
		this.scans = scans;
		this.boms = boms;
		this.incidents = incidents;
		this.followUps = followUps;
		this.teaming = teaming;
		this.compliance = compliance;
		this.directory = directory;
		this.audit = audit;
		this.snapshot = new TransactionTemplate(transactions.getTransactionManager());
		this.snapshot.setReadOnly(true);
		this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/**
	 * The pack's file name.
	 * @param request the request
	 * @return e.g. {@code AI-7-evidence-20270301-090000.zip}
	 */
	public static String fileName(EvidenceRequest request) {
		return folder(request) + ".zip";
	}

	private static String folder(EvidenceRequest request) {
		return request.initiativeKey() + "-evidence-" + FOLDER_TIME.format(request.requestedAt());
	}

	/**
	 * Writes the pack.
	 * @param request who asked for which initiative
	 * @param out where the ZIP goes (left open)
	 * @return what it holds, empty for an unknown initiative
	 */
	public Optional<Contents> write(EvidenceRequest request, OutputStream out) {
		return this.snapshot.execute((status) -> {
			Optional<InitiativeDetails> found = this.initiatives.details(request.initiativeKey());
			if (found.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(build(found.get(), request, out));
		});
	}

	private Contents build(InitiativeDetails initiative, EvidenceRequest request, OutputStream out) {
		String key = initiative.key();
		String viewer = request.requesterId();
		List<ReviewRecord> reviewRecords = this.reviews.records(key);
		List<Incident> linked = this.incidents.linkedTo(key);
		List<Incident> shown = linked.stream().filter((i) -> this.incidents.visibleTo(i, viewer)).toList();
		int hiddenIncidents = linked.size() - shown.size();
		List<FollowUp> allFollowUps = this.followUps.allOfInitiative(key);
		List<FollowUp> visibleFollowUps = allFollowUps.stream()
			.filter((f) -> this.followUps.mayView(f, viewer))
			.toList();
		Teaming violetTeam = this.teaming.getIfAvailable();
		List<Finding> findings = (violetTeam != null) ? violetTeam.findings(key) : List.of();
		Map<String, Integer> counts = new LinkedHashMap<>();
		try (EvidenceZip zip = new EvidenceZip(out, folder(request))) {
			zip.text("initiative.md", (w) -> InitiativeRecord.write(initiative, w));
			zip.text("reviews.md", (w) -> reviews(key, reviewRecords, w));
			zip.text("review-signoffs.csv", (w) -> EvidenceCsv.signoffs(reviewRecords, w));
			if (violetTeam != null) {
				zip.text("findings.csv", (w) -> EvidenceCsv.findings(findings, w));
			}
			MlBoms.Document bom = this.boms.cycloneDx(key).orElseThrow();
			zip.text("ml-bom.cdx.json", (w) -> w.write(bom.json()));
			List<ScanHistory.ScanEntry> scanEntries = this.scans.of(key);
			zip.text("scans.csv", (w) -> EvidenceCsv.scans(scanEntries, w));
			for (Incident incident : shown) {
				zip.text("incidents/incident-" + incident.id() + ".md",
						(w) -> IncidentRecord.write(incident, this.incidents, w));
			}
			zip.text("follow-ups.csv", (w) -> EvidenceCsv.followUps(visibleFollowUps, w));
			Map<String, Set<Role>> people = rolePeople(initiative, reviewRecords);
			zip.text("training.csv", (w) -> training(people, w));
			long[] auditCount = new long[1];
			Set<String> subjects = new LinkedHashSet<>();
			subjects.add("initiative:" + key);
			visibleFollowUps.forEach((f) -> subjects.add("followup:" + f.key()));
			zip.text("audit.csv", (w) -> auditCount[0] = auditEntries(subjects, key, w));
			counts.put("components", bom.components());
			counts.put("reviews", reviewRecords.size());
			counts.put("findings", findings.size());
			counts.put("scans", scanEntries.size());
			counts.put("incidents", shown.size());
			counts.put("follow-ups", visibleFollowUps.size());
			counts.put("people", people.size());
			counts.put("audit entries", (int) auditCount[0]);
			EvidenceIndex.Summary summary = new EvidenceIndex.Summary(initiative, request, counts, hiddenIncidents,
					allFollowUps.size() - visibleFollowUps.size(), bom.violations(), reviewRecords, visibleFollowUps,
					findings, violetTeam != null);
			Map<String, Long> files = new TreeMap<>(zip.files());
			zip.text("index.md", (w) -> EvidenceIndex.write(summary, files, w));
			Set<String> names = new java.util.TreeSet<>(zip.files().keySet());
			names.add(EvidenceZip.SUMS);
			return new Contents(List.copyOf(names), counts, hiddenIncidents);
		}
	}

	private void reviews(String key, List<ReviewRecord> records, Writer out) throws IOException {
		out.write("# Reviews of " + key + "\n\nEach review with its sign-offs as they stand, then every decision and "
				+ "comment from the audit trail, oldest first. Times are UTC.\n");
		for (ReviewRecord review : records) {
			out.write("\n## " + review.kind().title() + " (`" + review.kind().key() + "`)\n\n");
			out.write("- Why: " + IncidentRecord.line(review.reason()) + "\n");
			out.write("- Basis: " + review.kind().basis() + "\n");
			out.write("- Requested: " + review.requestedAt() + " by " + review.requestedBy() + "\n");
			out.write("- Due: " + review.dueAt() + "\n");
			out.write("- State: " + (review.approved() ? "approved " + review.approvedAt() : "open") + "\n");
			out.write("\n### Sign-offs\n\n");
			for (ReviewRecord.Signoff signoff : review.signoffs()) {
				out.write("- " + signoff.role().title() + ": " + EvidenceCsv.decision(signoff.decision())
						+ ((signoff.decidedBy() != null) ? " by " + signoff.decidedBy() + " " + signoff.decidedAt()
								: "")
						+ ((signoff.text() != null) ? " — \"" + IncidentRecord.line(signoff.text()) + "\"" : "")
						+ "\n");
			}
			out.write("\n### History\n\n");
			long written = this.audit.forEach(
					new AuditTrail.Query(null, Set.of("review:" + key + "/" + review.kind().key()), Set.of()),
					(entry) -> write(out, "- " + entry.occurredAt() + " " + entry.actor() + " `" + entry.action() + "`"
							+ ((entry.details() != null) ? ": " + IncidentRecord.line(entry.details()) : "") + "\n"));
			if (written == 0) {
				out.write("No entries.\n");
			}
		}
		if (records.isEmpty()) {
			out.write("\nNo reviews were requested.\n");
		}
	}

	/**
	 * The people holding the initiative's roles: its owner, and the owners and backups of
	 * every role its reviews need.
	 */
	private Map<String, Set<Role>> rolePeople(InitiativeDetails initiative, List<ReviewRecord> records) {
		Set<Role> roles = new LinkedHashSet<>();
		for (ReviewKind kind : ReviewKind.values()) {
			if (!kind.reasonsFor(initiative).isEmpty()) {
				roles.addAll(kind.rolesFor(initiative));
			}
		}
		records.forEach((r) -> r.signoffs().forEach((s) -> roles.add(s.role())));
		Map<String, Set<Role>> people = new LinkedHashMap<>();
		people.put(initiative.ownerId(), new LinkedHashSet<>());
		var directory = this.directory.all();
		for (Role role : roles) {
			for (String user : directory.get(role).everyone()) {
				people.computeIfAbsent(user, (u) -> new LinkedHashSet<>()).add(role);
			}
		}
		return people;
	}

	private void training(Map<String, Set<Role>> people, Writer out) throws IOException {
		try (CSVPrinter csv = EvidenceCsv.printer(out, "user", "holds", "topic", "title", "last_completed", "due_by",
				"status", "basis")) {
			for (Map.Entry<String, Set<Role>> person : people.entrySet()) {
				String holds = person.getValue().isEmpty() ? "initiative owner"
						: String.join(",", person.getValue().stream().map(Role::key).toList());
				for (TopicStatus status : this.compliance.statusOf(person.getKey())) {
					csv.printRecord(person.getKey(), holds, status.topic().key(), status.topic().title(),
							EvidenceCsv.nullable(status.lastCompleted()), EvidenceCsv.nullable(status.dueBy()),
							status.overdue() ? "overdue" : "current", status.topic().source());
				}
			}
		}
	}

	private long auditEntries(Set<String> subjects, String key, Writer out) throws IOException {
		try (CSVPrinter csv = EvidenceCsv.printer(out, "id", "occurred_at", "actor", "action", "subject", "details")) {
			return this.audit.forEach(
					new AuditTrail.Query(null, subjects, Set.of("review:" + key + "/", "finding:" + key + "/")),
					(entry) -> EvidenceCsv.print(csv, entry.id(), entry.occurredAt(), entry.actor(), entry.action(),
							entry.subject(), EvidenceCsv.nullable(entry.details())));
		}
	}

	private static void write(Writer out, String text) {
		try {
			out.write(text);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What a pack holds.
	 *
	 * @param files its files' paths inside its folder
	 * @param counts what it counts (components, reviews, incidents…)
	 * @param hiddenIncidents private incidents left out for the requester
	 */
	public record Contents(List<String> files, Map<String, Integer> counts, int hiddenIncidents) {

	}

}
