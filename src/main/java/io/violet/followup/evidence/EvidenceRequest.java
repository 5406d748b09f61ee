package io.violet.followup.evidence;

import java.time.Instant;

/**
 * Who asked for which initiative's evidence pack, and when.
 *
 * @param initiativeKey the initiative, as stored
 * @param requesterId who asked (Slack user id); what they may see decides what of private
 * incidents the pack holds
 * @param requestedAt when
 */
public record EvidenceRequest(String initiativeKey, String requesterId, Instant requestedAt) {

	/**
	 * The request as a job's subject.
	 * @return {@code <key>:<user>:<epoch millis>}
	 */
	public String subject() {
		return this.initiativeKey + ":" + this.requesterId + ":" + this.requestedAt.toEpochMilli();
	}

	public static EvidenceRequest of(String subject) {
		String[] parts = subject.split(":", 3);
		return new EvidenceRequest(parts[0], parts[1], Instant.ofEpochMilli(Long.parseLong(parts[2])));
	}

}
