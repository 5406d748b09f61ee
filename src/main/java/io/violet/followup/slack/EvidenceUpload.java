package io.violet.followup.slack;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

import io.violet.followup.evidence.EvidencePack;
import io.violet.followup.evidence.EvidenceRequest;
import io.violet.slack.DirectMessageUpload;
import io.violet.slack.SlackJob;
import io.violet.slack.SlackMessage;

import org.springframework.stereotype.Component;

/**
 * Builds an evidence pack (the pack streams; only the finished ZIP is read back, for the
 * upload) and uploads it into the requester's direct messages, once.
 */
@Component
class EvidenceUpload extends DirectMessageUpload {

	static final String TYPE = "evidence.pack";

	private final EvidencePack pack;

	EvidenceUpload(EvidencePack pack) {
		super(TYPE, ".zip");
		this.pack = pack;
	}

	@Override
	protected Optional<File> write(SlackJob job, OutputStream out) throws IOException {
		EvidenceRequest request = EvidenceRequest.of(job.subject());
		Optional<EvidencePack.Contents> contents = this.pack.write(request, out);
		if (contents.isEmpty()) {
			job.dm(TYPE + ":gone:" + job.subject(), request.requesterId(), SlackMessage
				.of(":warning: " + request.initiativeKey() + " no longer exists; there is no evidence pack."));
			return Optional.empty();
		}
		return Optional.of(new File(request.requesterId(), "the requester", EvidencePack.fileName(request),
				"Evidence pack " + request.initiativeKey(), EvidenceViews.comment(request, contents.get())));
	}

	@Override
	public String describe(String subject) {
		return "evidence pack " + subject;
	}

}
