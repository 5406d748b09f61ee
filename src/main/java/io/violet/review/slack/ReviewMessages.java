package io.violet.review.slack;

import java.util.UUID;

import io.violet.VioletSettings;
import io.violet.initiative.Initiatives;
import io.violet.initiative.ThreadMessage;
import io.violet.review.internal.ReviewEvents;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Words what the review domain reports ({@link ReviewEvents}) and queues it as the
 * initiative's thread posts and direct messages, in the transaction that made the change
 * (the initiative's outbox sends them after the commit, once each: every message has its
 * own key).
 */
@Component
class ReviewMessages {

	private final Initiatives initiatives;

	private final VioletSettings violet;

	ReviewMessages(Initiatives initiatives, VioletSettings violet) {
		this.initiatives = initiatives;
		this.violet = violet;
	}

	@EventListener
	void on(ReviewEvents.Requested requested) {
		this.initiatives.postInThread(requested.review().initiativeKey(),
				"review-request:" + requested.review().reviewId(), RequestView.thread(requested));
	}

	@EventListener
	void on(ReviewEvents.OwnerAsked asked) {
		this.initiatives.sendDirect(asked.review().initiativeKey(),
				"review-request:" + asked.review().reviewId() + ":" + asked.owner(), asked.owner(),
				RequestView.ownerAsked(asked, this.violet));
	}

	@EventListener
	void on(ReviewEvents.Unowned unowned) {
		ThreadMessage message = RequestView.unowned(unowned);
		for (String admin : unowned.admins()) {
			this.initiatives.sendDirect(unowned.review().initiativeKey(),
					"review-unowned:" + unowned.review().reviewId() + ":" + admin, admin, message);
		}
	}

	@EventListener
	void on(ReviewEvents.Decided decided) {
		// sent once because it is queued in the deciding transaction; the key only has to
		// be new
		String key = "decision:" + decided.reviewId() + ":" + UUID.randomUUID();
		this.initiatives.postInThread(decided.initiativeKey(), key, ThreadMessage.of(DecisionView.decided(decided)));
		String owner = decided.initiativeOwner();
		if (owner != null) {
			this.initiatives.sendDirect(decided.initiativeKey(), key + ":owner", owner,
					ThreadMessage.of(DecisionView.decidedForOwner(decided)));
		}
	}

	@EventListener
	void on(ReviewEvents.Settled settled) {
		this.initiatives.postInThread(settled.initiativeKey(),
				"settled:" + settled.reviewId() + ":" + UUID.randomUUID(),
				ThreadMessage.of(DecisionView.settled(settled)));
	}

	@EventListener
	void on(ReviewEvents.Commented commented) {
		this.initiatives.postInThread(commented.initiativeKey(),
				"comment:" + commented.reviewId() + ":" + UUID.randomUUID(),
				ThreadMessage.of(DecisionView.commented(commented)));
	}

	@EventListener
	void on(ReviewEvents.Nudged nudged) {
		this.initiatives.sendDirect(nudged.initiativeKey(), "review-nudge:" + nudged.reviewId() + ":" + nudged.owner(),
				nudged.owner(), ReminderView.nudge(nudged));
	}

	@EventListener
	void on(ReviewEvents.Overdue overdue) {
		this.initiatives.postInThread(overdue.initiativeKey(), "review-overdue:" + overdue.reviewId(),
				ReminderView.overdue(overdue));
	}

	@EventListener
	void on(ReviewEvents.Escalated escalated) {
		this.initiatives.sendDirect(escalated.initiativeKey(),
				"review-escalation:" + escalated.reviewId() + ":" + escalated.recipient(), escalated.recipient(),
				ReminderView.escalation(escalated));
	}

}
