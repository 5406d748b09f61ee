package io.violet.incident;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * An incident's post-mortem: the facts its commander gave on resolving it, and where the
 * draft and the document went. Columns of the incident's own table.
 */
@Embeddable
class PostMortem {

	private @Nullable String postmortemSummary;

	private @Nullable String postmortemRootCause;

	private @Nullable String postmortemFollowups;

	private @Nullable String postmortemTs;

	private boolean postmortemUploaded;

	@Nullable String summary() {
		return this.postmortemSummary;
	}

	@Nullable String rootCause() {
		return this.postmortemRootCause;
	}

	@Nullable String followups() {
		return this.postmortemFollowups;
	}

	@Nullable String ts() {
		return this.postmortemTs;
	}

	boolean uploaded() {
		return this.postmortemUploaded;
	}

	void write(String summary, String rootCause, String followups) {
		this.postmortemSummary = summary;
		this.postmortemRootCause = rootCause;
		this.postmortemFollowups = followups;
	}

	void posted(String ts) {
		this.postmortemTs = ts;
	}

	void markUploaded() {
		this.postmortemUploaded = true;
	}

}
