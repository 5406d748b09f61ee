package io.violet.initiative.bom.slack;

import java.nio.charset.StandardCharsets;

import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.bom.BomExport;
import io.violet.initiative.bom.BomExportRequested;
import io.violet.initiative.bom.BomDocument;
import io.violet.initiative.bom.Exports;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackGateway;
import io.violet.slack.SlackMethod;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Uploads a validated ML-BOM export into the initiative's thread. An export is uploaded
 * once: its file id is stored as soon as Slack accepted it, and a rerun finds it there.
 */
@Component
class BomUploader {

	private final Exports exports;

	private final Initiatives initiatives;

	private final SlackGateway gateway;

	BomUploader(Exports exports, Initiatives initiatives, SlackGateway gateway) {
		this.exports = exports;
		this.initiatives = initiatives;
		this.gateway = gateway;
	}

	@ApplicationModuleListener
	void on(BomExportRequested event) {
		BomExport export = this.exports.find(event.exportId()).orElse(null);
		if (export == null || export.uploaded()) {
			return;
		}
		InitiativeDetails thread = this.initiatives.details(export.initiativeKey())
			.filter((i) -> i.channelId() != null && i.threadTs() != null)
			.orElseThrow(() -> new IllegalStateException(
					"The thread of " + export.initiativeKey() + " is not posted yet; the upload is retried"));
		byte[] document = export.document().getBytes(StandardCharsets.UTF_8);
		var response = this.gateway
			.require(SlackMethod.FILES_UPLOAD_V2, (client) -> client.filesUploadV2((r) -> r.channel(thread.channelId())
				.threadTs(thread.threadTs())
				.fileData(document)
				.filename(export.fileName())
				.title("ML-BOM of " + export.initiativeKey() + " (CycloneDX " + BomDocument.VERSION.getVersionString()
						+ ")")
				.initialComment(":page_facing_up: ML-BOM of " + export.initiativeKey() + ": " + export.componentCount()
						+ " components, CycloneDX " + BomDocument.VERSION.getVersionString()
						+ ", schema-checked; exported by " + Mrkdwn.user(export.requestedBy()) + ".")
				.requestFileInfo(false)));
		String fileId = (response.getFiles() != null && !response.getFiles().isEmpty())
				? response.getFiles().get(0).getId() : (response.getFile() != null) ? response.getFile().getId() : "";
		this.exports.uploaded(export.id(), (fileId != null) ? fileId : "");
	}

}
