package io.violet.incident.slack;

import org.jspecify.annotations.Nullable;

/**
 * The message a report was started from, as the report modal carries it in its private
 * metadata: {@code channel\nts\ntext}, preceded by a {@code link:<permalink>} line once
 * Slack gave the permalink (after the shortcut was acknowledged).
 *
 * @param channel the message's channel
 * @param ts the message's ts
 * @param text the message's text
 * @param link its permalink, when known
 */
record EvidenceMessage(String channel, String ts, String text, @Nullable String link) {

	private static final String LINK = "link:";

	/**
	 * Reads the modal's metadata.
	 * @param metadata the private metadata, possibly empty
	 * @return the message, or null when the report was not started from one
	 */
	static @Nullable EvidenceMessage parse(@Nullable String metadata) {
		if (metadata == null || metadata.isBlank()) {
			return null;
		}
		String rest = metadata;
		String link = null;
		if (rest.startsWith(LINK)) {
			int end = rest.indexOf('\n');
			link = (end < 0) ? rest.substring(LINK.length()) : rest.substring(LINK.length(), end);
			rest = (end < 0) ? "" : rest.substring(end + 1);
		}
		String[] parts = rest.split("\n", 3);
		return new EvidenceMessage(parts[0], (parts.length > 1) ? parts[1] : "", (parts.length > 2) ? parts[2] : "",
				(link != null && !link.isBlank()) ? link : null);
	}

	EvidenceMessage withLink(String permalink) {
		return new EvidenceMessage(this.channel, this.ts, this.text, permalink);
	}

	/**
	 * The modal's metadata for this message.
	 * @return the metadata
	 */
	String metadata() {
		return ((this.link != null) ? LINK + this.link + "\n" : "") + this.channel + "\n" + this.ts + "\n" + this.text;
	}

}
