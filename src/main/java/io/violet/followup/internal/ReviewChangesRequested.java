package io.violet.followup.internal;

import java.time.LocalDate;
import java.time.ZoneId;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.Actor;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.NewFollowUp;
import io.violet.initiative.InitiativeCatalog;
import io.violet.initiative.InitiativeSummary;
import io.violet.review.ReviewDecided;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A review sent back with "Request changes" becomes one follow-up for the initiative's
 * owner, holding the reviewer's text; it is done once the review is approved by every
 * required role. Safe to run twice: each decision is one source key. A review Violet
 * reopens by itself is no reviewer's request and creates nothing.
 */
@Component
class ReviewChangesRequested {

	static final String SOURCE_PREFIX = "review-changes:";

	private final FollowUpService service;

	private final InitiativeCatalog initiatives;

	private final FollowUpRepository items;

	private final FollowUpSettings settings;

	private final BusinessCalendar calendar;

	private final VioletSettings violet;

	ReviewChangesRequested(FollowUpService service, InitiativeCatalog initiatives, FollowUpRepository items,
			FollowUpSettings settings, BusinessCalendar calendar, VioletSettings violet) {
		this.service = service;
		this.initiatives = initiatives;
		this.items = items;
		this.settings = settings;
		this.calendar = calendar;
		this.violet = violet;
	}

	@ApplicationModuleListener
	void on(ReviewDecided event) {
		if (event.approved()) {
			if (event.reviewApproved()) {
				closeOpenOnes(event);
			}
			return;
		}
		if (Actor.VIOLET.is(event.by())) {
			// a review Violet settles itself (the violet-team review) reopened on its own
			// rule: what holds it is tracked where it comes from (the findings)
			return;
		}
		InitiativeSummary initiative = this.initiatives.find(event.initiativeKey()).orElse(null);
		if (initiative == null) {
			return;
		}
		ZoneId zone = this.violet.timezone();
		LocalDate due = LocalDate
			.ofInstant(this.calendar.plusBusinessDays(event.decidedAt(), this.settings.reviewDueDays(), zone), zone);
		String text = (event.reason() != null && !event.reason().isBlank()) ? event.reason().strip()
				: "Make the changes the " + event.kind().title() + " review asks for.";
		this.service.create(new NewFollowUp(text, initiative.ownerId(), FollowUpSeverity.MEDIUM, due, initiative.key(),
				null, FollowUpSource.REVIEW, sourceKey(event), event.by(),
				event.kind().title() + " review, changes requested"));
	}

	private void closeOpenOnes(ReviewDecided event) {
		String prefix = SOURCE_PREFIX + event.reviewId() + ":";
		this.items
			.findBySourceAndInitiativeKeyAndSourceKeyStartingWithAndDoneFalse(FollowUpSource.REVIEW,
					event.initiativeKey(), prefix)
			.forEach((item) -> this.service.closeBySource(item.sourceKey(), Actor.VIOLET.id(),
					"the " + event.kind().title() + " review is approved by every required role"));
	}

	static String sourceKey(ReviewDecided event) {
		return SOURCE_PREFIX + event.reviewId() + ":" + event.by() + ":" + event.decidedAt().toEpochMilli();
	}

}
