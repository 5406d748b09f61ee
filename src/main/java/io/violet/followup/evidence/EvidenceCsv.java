package io.violet.followup.evidence;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

import io.violet.followup.FollowUp;
import io.violet.review.ReviewRecord;
import io.violet.review.ScanHistory;
import io.violet.review.SignoffTiming;
import io.violet.teaming.Finding;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The pack's tables as CSV (RFC 4180, a header row, times in UTC, an empty field for what
 * is not known): the review sign-offs, violet-team findings, scan results and follow-ups,
 * and the printer the pack's other tables are written with. A printer never closes the
 * ZIP entry under it.
 */
final class EvidenceCsv {

	private EvidenceCsv() {
	}

	static void signoffs(List<ReviewRecord> records, Writer out) throws IOException {
		try (CSVPrinter csv = printer(out, "review", "kind", "role", "decision", "decided_by", "decided_at", "text")) {
			for (ReviewRecord review : records) {
				for (ReviewRecord.Signoff signoff : review.signoffs()) {
					csv.printRecord(review.id(), review.kind().key(), signoff.role().key(),
							decision(signoff.decision()), nullable(signoff.decidedBy()), nullable(signoff.decidedAt()),
							nullable(signoff.text()));
				}
			}
		}
	}

	static void findings(List<Finding> findings, Writer out) throws IOException {
		try (CSVPrinter csv = printer(out, "number", "lens", "severity", "text", "raised_by", "raised_at", "owner",
				"due", "state", "resolved_by", "mitigation")) {
			for (Finding finding : findings) {
				csv.printRecord(finding.number(), finding.lens().key(), finding.severity().key(), finding.text(),
						finding.raisedBy(), finding.raisedAt(), finding.owner(), nullable(finding.due()),
						finding.open() ? "open" : "resolved", nullable(finding.resolvedBy()),
						nullable(finding.mitigation()));
			}
		}
	}

	static void scans(List<ScanHistory.ScanEntry> entries, Writer out) throws IOException {
		try (CSVPrinter csv = printer(out, "component", "tool", "result", "critical", "high", "medium", "low",
				"summary", "report_url", "reported_by", "recorded_at")) {
			for (ScanHistory.ScanEntry scan : entries) {
				csv.printRecord(scan.component(), scan.tool(), scan.passed() ? "pass" : "fail", scan.critical(),
						scan.high(), scan.medium(), scan.low(), nullable(scan.summary()), nullable(scan.reportUrl()),
						scan.reportedBy(), scan.recordedAt());
			}
		}
	}

	static void followUps(List<FollowUp> followUps, Writer out) throws IOException {
		try (CSVPrinter csv = printer(out, "key", "state", "severity", "text", "owner", "due", "source", "origin",
				"incident", "created_by", "created_at", "closed_by", "closed_at", "note", "tracker_issue")) {
			for (FollowUp f : followUps) {
				csv.printRecord(f.key(), f.done() ? "done" : "open", f.severity().key(), f.text(), f.ownerId(),
						nullable(f.due()), f.source().name().toLowerCase(java.util.Locale.ROOT), nullable(f.origin()),
						nullable(f.incidentId()), f.createdBy(), f.createdAt(), nullable(f.closedBy()),
						nullable(f.closedAt()), nullable(f.note()), f.trackerIssue().map((t) -> t.url()).orElse(""));
			}
		}
	}

	static CSVPrinter printer(Writer out, String... header) throws IOException {
		return new CSVPrinter(new NonClosing(out), CSVFormat.RFC4180.builder().setHeader(header).get());
	}

	static void print(CSVPrinter csv, Object... values) {
		try {
			csv.printRecord(values);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String decision(SignoffTiming.Decision decision) {
		return switch (decision) {
			case PENDING -> "pending";
			case APPROVED -> "approved";
			case CHANGES_REQUESTED -> "changes requested";
		};
	}

	static Object nullable(@Nullable Object value) {
		return (value != null) ? value : "";
	}

	/**
	 * Lets a CSV printer be closed without closing the ZIP entry under it.
	 */
	private static final class NonClosing extends FilterWriter {

		NonClosing(Writer out) {
			super(out);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
