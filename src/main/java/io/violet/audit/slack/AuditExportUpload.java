package io.violet.audit.slack;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import io.violet.audit.AuditExport;
import io.violet.slack.DirectMessageUpload;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail's CSV and uploads it into the admin's direct messages, once.
 */
@Component
class AuditExportUpload extends DirectMessageUpload {

	static final String TYPE = "audit.export";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final AuditExport export;

	AuditExportUpload(AuditExport export) {
		super(TYPE, ".csv");
		this.export = export;
	}

	@Override
	protected Optional<File> write(SlackJob job, OutputStream out) throws IOException {
		AuditExport.Requested request = AuditExport.Requested.of(job.subject());
		long entries;
		try (Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
			entries = this.export.writeCsv(request.since(), csv);
		}
		String comment = ":ledger: The audit trail"
				+ ((request.since() != null) ? " since " + request.since().toString().substring(0, 10) : "") + ": "
				+ entries + ((entries == 1) ? " entry" : " entries") + ", oldest first, times in UTC.";
		return Optional.of(new File(request.userId(), "the admin",
				"violet-audit-" + DAY.format(request.requestedAt()) + ".csv", "Violet audit trail", comment));
	}

	@Override
	public String describe(String subject) {
		return "audit export " + subject;
	}

	/**
	 * Queues the upload in the transaction that recorded the request.
	 */
	@Component
	static class Delivery {

		private final SlackJobs jobs;

		Delivery(SlackJobs jobs) {
			this.jobs = jobs;
		}

		@EventListener
		void on(AuditExport.Requested request) {
			this.jobs.submit(TYPE, TYPE + ":" + request.subject(), request.subject());
		}

	}

}
