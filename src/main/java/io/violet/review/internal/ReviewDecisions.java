package io.violet.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.review.Requirement;
import io.violet.review.ReviewDecided;
import io.violet.review.ReviewKind;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decides reviews: the approvals and requested changes of the roles' owners and backups,
 * their comments, Violet's own sign-off of the kinds it decides, and a review sent back
 * because something it covers failed. Every decision is told in the initiative's thread
 * ({@link ReviewEvents}) and published as {@link ReviewDecided}.
 */
@Service
public class ReviewDecisions {

	private final ReviewRepository reviews;

	private final SignoffRepository signoffs;

	private final ReviewRequests requests;

	private final Initiatives initiatives;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewDecisions(ReviewRepository reviews, SignoffRepository signoffs, ReviewRequests requests,
			Initiatives initiatives, Directory directory, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.reviews = reviews;
		this.signoffs = signoffs;
		this.requests = requests;
		this.initiatives = initiatives;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Records a decision by a user for every role of the review they hold.
	 * @param reviewId the review
	 * @param userId who decides
	 * @param approve true to approve, false to request changes
	 * @param reason the reason (required for changes), plain text
	 * @return what happened
	 */
	@Transactional
	public ReviewOutcome decide(long reviewId, String userId, boolean approve, @Nullable String reason) {
		Optional<Review> found = this.reviews.lockById(reviewId);
		if (found.isEmpty()) {
			return ReviewOutcome.unknown();
		}
		Review review = found.get();
		if (review.kind().automatic()) {
			return ReviewOutcome.automatic(review);
		}
		List<Signoff> all = this.signoffs.findByReviewIdOrderByIdAsc(reviewId);
		Set<Role> held = this.directory.rolesOf(userId);
		List<Signoff> mine = all.stream().filter((s) -> held.contains(s.role())).toList();
		if (mine.isEmpty()) {
			return ReviewOutcome.notASigner(review, all.stream().map(Signoff::role).toList());
		}
		Signoff.State target = approve ? Signoff.State.APPROVED : Signoff.State.CHANGES_REQUESTED;
		List<Signoff> changing = mine.stream().filter((s) -> s.state() != target).toList();
		if (changing.isEmpty()) {
			Signoff first = mine.get(0);
			return new ReviewOutcome(ReviewOutcome.Kind.ALREADY, review.kind(), review.initiativeKey(), approve,
					List.of(first.role()), first.decidedBy().orElse(null), first.decidedAt().orElse(null), false);
		}
		Instant now = this.clock.instant();
		for (Signoff signoff : changing) {
			signoff.record(target, userId, reason, now);
			this.audit.record(userId, approve ? "review.approved" : "review.changes-requested", review.auditSubject(),
					"role " + signoff.role().key()
							+ ((reason == null || reason.isBlank()) ? "" : "; reason: " + reason));
		}
		boolean allApproved = all.stream().allMatch(Signoff::approved);
		boolean wasApproved = review.approved();
		if (allApproved && !wasApproved) {
			review.approve(now);
			this.audit.record(userId, "review.complete", review.auditSubject(), "every required role approved");
		}
		else if (!allApproved && wasApproved) {
			review.reopen();
			this.audit.record(userId, "review.reopened", review.auditSubject(), "changes requested");
		}
		long approvals = all.stream().filter(Signoff::approved).count();
		List<Role> roles = changing.stream().map(Signoff::role).toList();
		String owner = approve ? null
				: this.initiatives.details(review.initiativeKey())
					.map(InitiativeDetails::ownerId)
					.filter((o) -> !o.equals(userId))
					.orElse(null);
		this.events.publishEvent(new ReviewEvents.Decided(review.id(), review.initiativeKey(), review.kind(), userId,
				approve, roles, approvals, all.size(), allApproved, reason, owner));
		this.initiatives.refreshCard(review.initiativeKey());
		this.events.publishEvent(new ReviewDecided(review.id(), review.initiativeKey(), review.kind(), approve, userId,
				allApproved, (reason == null || reason.isBlank()) ? null : reason, now));
		return new ReviewOutcome(ReviewOutcome.Kind.DECIDED, review.kind(), review.initiativeKey(), approve, roles,
				userId, now, allApproved);
	}

	/**
	 * Whether a user may decide a review, before a modal asks for the reason.
	 * @param reviewId the review
	 * @param userId the user
	 * @return why not, or empty when they may
	 */
	@Transactional(readOnly = true)
	public Optional<ReviewOutcome> refusal(long reviewId, String userId) {
		Optional<Review> found = this.reviews.findById(reviewId);
		if (found.isEmpty()) {
			return Optional.of(ReviewOutcome.unknown());
		}
		if (found.get().kind().automatic()) {
			return Optional.of(ReviewOutcome.automatic(found.get()));
		}
		List<Signoff> all = this.signoffs.findByReviewIdOrderByIdAsc(reviewId);
		if (all.stream().anyMatch((s) -> this.directory.holders(s.role()).includes(userId))) {
			return Optional.empty();
		}
		return Optional.of(ReviewOutcome.notASigner(found.get(), all.stream().map(Signoff::role).toList()));
	}

	/**
	 * Posts a comment on a review in the initiative's thread.
	 * @param reviewId the review
	 * @param userId who comments
	 * @param comment the comment, plain text
	 * @return what happened
	 */
	@Transactional
	public ReviewOutcome comment(long reviewId, String userId, String comment) {
		Optional<Review> found = this.reviews.findById(reviewId);
		if (found.isEmpty()) {
			return ReviewOutcome.unknown();
		}
		Review review = found.get();
		this.audit.record(userId, "review.commented", review.auditSubject(), comment);
		this.events.publishEvent(
				new ReviewEvents.Commented(review.id(), review.initiativeKey(), review.kind(), userId, comment));
		return new ReviewOutcome(ReviewOutcome.Kind.COMMENTED, review.kind(), review.initiativeKey(), false, List.of(),
				userId, this.clock.instant(), false);
	}

	/**
	 * Records Violet's own sign-off of an automatic review kind from what another module
	 * reports: approved when its rule is met, open again when it no longer is. An
	 * initiative that has no such review yet gets it required first.
	 * @param initiativeKey the key
	 * @param kind an automatic kind
	 * @param met whether the kind's rule is met now
	 * @param reason what the state is, plain text (for the thread and the audit trail)
	 * @return whether the review's state changed
	 */
	@Transactional
	public boolean settle(String initiativeKey, ReviewKind kind, boolean met, String reason) {
		if (!kind.automatic()) {
			throw new IllegalArgumentException(kind.key() + " is decided by its roles, not settled by Violet");
		}
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		if (initiative.isEmpty()) {
			return false;
		}
		Optional<Review> existing = this.reviews.findByInitiativeKeyAndKind(initiative.get().key(), kind);
		if (existing.isEmpty()) {
			if (initiative.get().stage() == Stage.RETIRED) {
				return false;
			}
			this.requests.request(initiative.get(), kind, reason, Actor.VIOLET.id());
			existing = this.reviews.findByInitiativeKeyAndKind(initiative.get().key(), kind);
		}
		Review review = this.reviews.lockById(existing.orElseThrow().id()).orElseThrow();
		if (review.approved() == met) {
			return false;
		}
		Instant now = this.clock.instant();
		if (met) {
			review.approve(now);
			this.audit.record(Actor.VIOLET, "review.complete", review.auditSubject(),
					"signed off by Violet: " + reason);
		}
		else {
			review.reopen();
			this.audit.record(Actor.VIOLET, "review.reopened", review.auditSubject(), reason);
		}
		this.events.publishEvent(new ReviewEvents.Settled(review.id(), review.initiativeKey(), kind, met, reason));
		this.initiatives.refreshCard(review.initiativeKey());
		this.events.publishEvent(
				new ReviewDecided(review.id(), review.initiativeKey(), kind, met, Actor.VIOLET.id(), met, reason, now));
		return true;
	}

	/**
	 * Sends a review back because something it covers failed (a model scan): every
	 * sign-off becomes "changes requested" and an approved review is open again, so the
	 * stage gate holds until its roles approve anew. An initiative without such a review
	 * gets it required.
	 * @param initiativeKey the key
	 * @param kind the kind
	 * @param reason why, plain text
	 * @param by who or what caused it ({@code violet} for the bot)
	 * @return what happened; {@code ALREADY_REQUESTED} for a review sent back
	 */
	@Transactional
	public Requirement sendBack(String initiativeKey, ReviewKind kind, String reason, String by) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		if (initiative.isEmpty()) {
			return new Requirement(Requirement.Outcome.UNKNOWN_INITIATIVE, -1);
		}
		Optional<Review> existing = this.reviews.findByInitiativeKeyAndKind(initiative.get().key(), kind);
		if (existing.isEmpty()) {
			return this.requests.require(initiativeKey, kind, reason, by);
		}
		Review review = this.reviews.lockById(existing.get().id()).orElseThrow();
		Instant now = this.clock.instant();
		boolean changed = false;
		for (Signoff signoff : this.signoffs.findByReviewIdOrderByIdAsc(review.id())) {
			if (signoff.state() != Signoff.State.CHANGES_REQUESTED) {
				signoff.record(Signoff.State.CHANGES_REQUESTED, by, reason, now);
				changed = true;
			}
		}
		if (review.approved()) {
			review.reopen();
			changed = true;
		}
		if (changed) {
			this.audit.record(by, "review.reopened", review.auditSubject(), reason);
			this.initiatives.refreshCard(review.initiativeKey());
		}
		return new Requirement(Requirement.Outcome.ALREADY_REQUESTED, review.id());
	}

}
