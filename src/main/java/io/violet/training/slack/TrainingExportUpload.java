package io.violet.training.slack;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.slack.DirectMessageUpload;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.training.Catalog;
import io.violet.training.internal.Completions;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training evidence export: every completion as CSV, uploaded into the direct
 * messages of the person who asked, once.
 */
@Component
class TrainingExportUpload extends DirectMessageUpload {

	static final String TYPE = "training.export";

	private final Completions completions;

	private final Catalog catalog;

	TrainingExportUpload(Completions completions, Catalog catalog) {
		super(TYPE, ".csv");
		this.completions = completions;
		this.catalog = catalog;
	}

	@Override
	protected Optional<File> write(SlackJob job, OutputStream out) throws IOException {
		Request request = Request.of(job.subject());
		List<Completions.Completion> all = this.completions.all();
		out.write(Csv.completions(all, this.catalog.all()).getBytes(StandardCharsets.UTF_8));
		// named for the day it was asked for: a later run looks for the file by its name
		String name = "violet-training-completions-"
				+ DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.ofInstant(request.requestedAt(), ZoneOffset.UTC))
				+ ".csv";
		return Optional.of(new File(request.userId(), "the requester", name, "Training completions",
				"Training completions per person and topic (EU AI Act Art. 4 evidence): " + all.size() + " records."));
	}

	@Override
	public String describe(String subject) {
		return "training export " + subject;
	}

	/**
	 * One export asked for.
	 *
	 * @param userId who asked (checked by the caller), and receives it
	 * @param requestedAt when
	 */
	record Request(String userId, Instant requestedAt) {

		String subject() {
			return this.userId + ":" + this.requestedAt.toEpochMilli();
		}

		static Request of(String subject) {
			String[] parts = subject.split(":", 2);
			return new Request(parts[0], Instant.ofEpochMilli(Long.parseLong(parts[1])));
		}

	}

	/**
	 * Records an export in the audit trail and queues its upload, in one transaction.
	 */
	@Component
	static class Exports {

		private final SlackJobs jobs;

		private final AuditTrail audit;

		Exports(SlackJobs jobs, AuditTrail audit) {
			this.jobs = jobs;
			this.audit = audit;
		}

		@Transactional
		public void request(String userId, Instant now) {
			Request request = new Request(userId, now);
			this.audit.record(userId, "training.exported", "training:completions",
					"CSV of the training completions, delivered by direct message");
			this.jobs.submit(TYPE, TYPE + ":" + request.subject(), request.subject());
		}

	}

}
