package io.violet.initiative.bom.slack;

import java.nio.charset.StandardCharsets;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.bom.BomDocument;
import io.violet.initiative.bom.BomExport;
import io.violet.initiative.bom.BomExportRequested;
import io.violet.initiative.bom.BomExporter;
import io.violet.slack.Effect;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Uploads a validated ML-BOM export into the initiative's thread, once: the upload is a
 * keyed Slack effect ({@code initiative.bom.upload:<export id>}), recorded by the slack
 * module, and the file id is stored with the export afterwards. The listener only queues
 * the work, so no Slack call is made while its transaction holds a connection.
 */
@Component
class BomUploader {

	private final SlackJobs jobs;

	BomUploader(SlackJobs jobs) {
		this.jobs = jobs;
	}

	@ApplicationModuleListener
	void on(BomExportRequested event) {
		this.jobs.submit(Upload.TYPE, Upload.TYPE + ":" + event.exportId(), Long.toString(event.exportId()));
	}

	/**
	 * The upload itself, run by the slack module's job runner.
	 */
	@Component
	static class Upload implements SlackWork {

		/** Stored with every upload job: never rename. */
		static final String TYPE = "initiative.bom.upload";

		private final BomExporter exporter;

		private final Initiatives initiatives;

		Upload(BomExporter exporter, Initiatives initiatives) {
			this.exporter = exporter;
			this.initiatives = initiatives;
		}

		@Override
		public String type() {
			return TYPE;
		}

		@Override
		public void run(SlackJob job) {
			BomExport export = this.exporter.find(Long.parseLong(job.subject())).orElse(null);
			if (export == null || export.uploaded()) {
				return;
			}
			InitiativeDetails thread = this.initiatives.details(export.initiativeKey())
				.filter((i) -> i.channelId() != null && i.threadTs() != null)
				.orElseThrow(() -> new IllegalStateException(
						"The thread of " + export.initiativeKey() + " is not posted yet; the upload is retried"));
			String version = BomDocument.VERSION.getVersionString();
			Effect uploaded = job.upload(TYPE + ":" + export.id(),
					new SlackUpload(thread.channelId(), thread.threadTs(), export.fileName(),
							"ML-BOM of " + export.initiativeKey() + " (CycloneDX " + version + ")",
							export.document().getBytes(StandardCharsets.UTF_8),
							":page_facing_up: ML-BOM of " + export.initiativeKey() + ": " + export.componentCount()
									+ " components, CycloneDX " + version + ", schema-checked; exported by "
									+ Mrkdwn.user(export.requestedBy()) + ".",
							null));
			if (!uploaded.isDone()) {
				throw job.park(String.valueOf(uploaded.error()),
						"Check that Violet is in the initiatives channel and has the files:write scope, then "
								+ "`/violet ops retry`.");
			}
			String file = uploaded.values().get("file");
			this.exporter.uploaded(export.id(), (file != null) ? file : "");
		}

		@Override
		public String describe(String subject) {
			return "ML-BOM upload of export " + subject;
		}

	}

}
