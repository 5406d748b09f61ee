package io.violet.review;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.violet.BusinessCalendar;
import io.violet.review.internal.ReviewDecisions;
import io.violet.review.internal.ReviewQueries;
import io.violet.review.internal.ReviewRequests;
import io.violet.review.internal.ReviewSettings;

import org.springframework.stereotype.Service;

/**
 * The review module's facade for other modules (e.g. the ML-BOM and scan results, which
 * require reviews when an inventory change calls for one).
 */
@Service
public class Reviews {

	private final ReviewRequests requests;

	private final ReviewDecisions decisions;

	private final ReviewQueries queries;

	private final ReviewSettings settings;

	private final BusinessCalendar calendar;

	Reviews(ReviewRequests requests, ReviewDecisions decisions, ReviewQueries queries, ReviewSettings settings,
			BusinessCalendar calendar) {
		this.requests = requests;
		this.decisions = decisions;
		this.queries = queries;
		this.settings = settings;
		this.calendar = calendar;
	}

	/**
	 * Requires a review of a kind for an initiative, with the reason it applies. Owners
	 * of the kind's roles are asked in the initiative's thread and by direct message; an
	 * existing review of the kind is kept as it is.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param kind the kind
	 * @param reason why it applies, plain text (escaped when shown)
	 * @param requestedBy a Slack user id, or {@code violet} when Violet requires it
	 * @return what happened
	 */
	public Requirement require(String initiativeKey, ReviewKind kind, String reason, String requestedBy) {
		return this.requests.require(initiativeKey, kind, reason, requestedBy);
	}

	/**
	 * Sends a review back because something it covers failed (e.g. a model scan): its
	 * sign-offs become "changes requested" and an approved review is open again; an
	 * initiative without one gets it required.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param kind the kind
	 * @param reason why, plain text
	 * @param by a Slack user id, or {@code violet}
	 * @return what happened
	 */
	public Requirement sendBack(String initiativeKey, ReviewKind kind, String reason, String by) {
		return this.decisions.sendBack(initiativeKey, kind, reason, by);
	}

	/**
	 * Reports whether the rule of an automatic review kind
	 * ({@link ReviewKind#automatic()}, e.g. violet-team) is met for an initiative: Violet
	 * signs the review off when it is, and opens it again when it no longer is. An
	 * initiative without the review gets it required first.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @param kind an automatic kind
	 * @param met whether its rule is met now
	 * @param reason the state in plain words, for the thread and the audit trail
	 * @return whether the review's state changed
	 */
	public boolean settle(String initiativeKey, ReviewKind kind, boolean met, String reason) {
		return this.decisions.settle(initiativeKey, kind, met, reason);
	}

	/**
	 * Whether reminders may reach someone now by the review reminder rules: a business
	 * day, within the configured working hours, in their time zone.
	 * @param now the moment
	 * @param zone the person's zone
	 * @return true within their working hours
	 */
	public boolean isReminderTime(Instant now, ZoneId zone) {
		return this.calendar.isWorkingTime(now, zone, this.settings.workdayStart(), this.settings.workdayEnd());
	}

	/**
	 * An initiative's reviews.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @return its reviews, oldest first
	 */
	public List<ReviewSummary> of(String initiativeKey) {
		return this.queries.summaries(initiativeKey);
	}

	/**
	 * An initiative's reviews with every role's sign-off as it stands, for evidence.
	 * @param initiativeKey e.g. {@code AI-7}
	 * @return its reviews, oldest first
	 */
	public List<ReviewRecord> records(String initiativeKey) {
		return this.queries.records(initiativeKey);
	}

}
