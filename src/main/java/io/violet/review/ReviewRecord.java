package io.violet.review;

import java.time.Instant;
import java.util.List;

import io.violet.directory.Role;
import org.jspecify.annotations.Nullable;

/**
 * A review as evidence shows it: why and when it was asked for, and where each role's
 * sign-off stands, with who decided, when and what they wrote.
 *
 * @param id the review
 * @param initiativeKey its initiative
 * @param kind its kind
 * @param reason why it applies
 * @param requestedBy who asked for it (a Slack user id, or {@code violet})
 * @param requestedAt when
 * @param dueAt when it is due
 * @param approvedAt when every required role had approved it; null while open
 * @param signoffs one per required role, in order
 */
public record ReviewRecord(long id, String initiativeKey, ReviewKind kind, String reason, String requestedBy,
		Instant requestedAt, Instant dueAt, @Nullable Instant approvedAt, List<Signoff> signoffs) {

	public ReviewRecord {
		signoffs = List.copyOf(signoffs);
	}

	public boolean approved() {
		return this.approvedAt != null;
	}

	/**
	 * One role's sign-off, as it stands (earlier decisions are in the audit trail).
	 *
	 * @param role the role
	 * @param decision where it stands
	 * @param decidedBy who decided, null while pending
	 * @param decidedAt when, null while pending
	 * @param text what they wrote (the reason for changes), null when nothing
	 */
	public record Signoff(Role role, SignoffTiming.Decision decision, @Nullable String decidedBy,
			@Nullable Instant decidedAt, @Nullable String text) {

	}

}
