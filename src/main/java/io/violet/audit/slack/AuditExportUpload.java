package io.violet.audit.slack;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import io.violet.audit.AuditExport;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the audit trail's CSV into a temporary file and uploads it into the admin's
 * direct messages, once.
 */
@Component
class AuditExportUpload implements SlackWork {

	static final String TYPE = "audit.export";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
		.withZone(ZoneOffset.UTC);

	private final AuditExport export;

	AuditExportUpload(AuditExport export) {
		this.export = export;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		AuditExport.Requested request = AuditExport.Requested.of(job.subject());
		Path file = null;
		try {
			file = Files.createTempFile("violet-audit-", ".csv");
			long entries;
			try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
				entries = this.export.writeCsv(request.since(), out);
			}
			Effect dm = job.openDm(request.userId());
			if (!dm.isDone() || dm.channel() == null) {
				throw job.park(String.valueOf(dm.error()), "Check that the admin can receive direct messages");
			}
			String comment = ":ledger: The audit trail"
					+ ((request.since() != null) ? " since " + request.since().toString().substring(0, 10) : "") + ": "
					+ entries + ((entries == 1) ? " entry" : " entries") + ", oldest first, times in UTC.";
			job.upload(TYPE + ":" + job.subject(),
					new SlackUpload(dm.channel(), null, "violet-audit-" + DAY.format(request.requestedAt()) + ".csv",
							"Violet audit trail", Files.readAllBytes(file), comment, null));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// the temporary directory is cleaned anyway
				}
			}
		}
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
