package io.violet.followup.slack;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import io.violet.followup.evidence.EvidencePack;
import io.violet.followup.evidence.EvidenceRequest;
import io.violet.slack.Effect;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;
import io.violet.slack.SlackUpload;
import io.violet.slack.SlackWork;

import org.springframework.stereotype.Component;

/**
 * Builds an evidence pack into a temporary file (the pack streams; only the finished ZIP
 * is read back, for the upload) and uploads it into the requester's direct messages,
 * once.
 */
@Component
class EvidenceUpload implements SlackWork {

	static final String TYPE = "evidence.pack";

	private final EvidencePack pack;

	EvidenceUpload(EvidencePack pack) {
		this.pack = pack;
	}

	@Override
	public String type() {
		return TYPE;
	}

	@Override
	public void run(SlackJob job) {
		EvidenceRequest request = EvidenceRequest.of(job.subject());
		Path file = null;
		try {
			file = Files.createTempFile("violet-evidence-", ".zip");
			Optional<EvidencePack.Contents> contents;
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
				contents = this.pack.write(request, out);
			}
			if (contents.isEmpty()) {
				job.dm(TYPE + ":gone:" + job.subject(), request.requesterId(), SlackMessage
					.of(":warning: " + request.initiativeKey() + " no longer exists; there is no evidence pack."));
				return;
			}
			Effect dm = job.openDm(request.requesterId());
			if (!dm.isDone() || dm.channel() == null) {
				throw job.park(String.valueOf(dm.error()), "Check that the requester can receive direct messages");
			}
			String comment = EvidenceViews.comment(request, contents.get());
			job.upload(TYPE + ":" + job.subject(), new SlackUpload(dm.channel(), null, EvidencePack.fileName(request),
					"Evidence pack " + request.initiativeKey(), Files.readAllBytes(file), comment, null));
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
		return "evidence pack " + subject;
	}

}
