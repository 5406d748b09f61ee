package io.violet.review.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.review.ReviewRecord;
import io.violet.review.ReviewSummary;
import io.violet.review.SignoffTiming;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers where reviews stand: an initiative's reviews, the open ones, those waiting for
 * someone, and the full sign-off record for evidence.
 */
@Service
public class ReviewQueries {

	private final ReviewRepository reviews;

	private final SignoffRepository signoffs;

	private final Directory directory;

	ReviewQueries(ReviewRepository reviews, SignoffRepository signoffs, Directory directory) {
		this.reviews = reviews;
		this.signoffs = signoffs;
		this.directory = directory;
	}

	@Transactional(readOnly = true)
	public Optional<ReviewSummary> summary(long reviewId) {
		return this.reviews.findById(reviewId)
			.map((r) -> summarise(r, this.signoffs.findByReviewIdOrderByIdAsc(r.id())));
	}

	@Transactional(readOnly = true)
	public List<ReviewSummary> summaries(String initiativeKey) {
		return summarise(this.reviews.findByInitiativeKeyOrderByIdAsc(initiativeKey.toUpperCase(Locale.ROOT)));
	}

	/**
	 * Reviews not yet approved, soonest due first.
	 * @return the open reviews
	 */
	@Transactional(readOnly = true)
	public List<ReviewSummary> open() {
		return summarise(this.reviews.findByStateOrderByDueAtAsc(Review.State.OPEN));
	}

	/**
	 * Open reviews where the user owns or backs up a role that has not approved.
	 * @param userId the user
	 * @return those reviews, soonest due first
	 */
	@Transactional(readOnly = true)
	public List<ReviewSummary> waitingFor(String userId) {
		Set<Role> roles = this.directory.rolesOf(userId);
		if (roles.isEmpty()) {
			return List.of();
		}
		return open().stream().filter((r) -> r.waitingFor().stream().anyMatch(roles::contains)).toList();
	}

	/**
	 * An initiative's reviews with their sign-offs, for evidence.
	 * @param initiativeKey the key
	 * @return oldest first
	 */
	@Transactional(readOnly = true)
	public List<ReviewRecord> records(String initiativeKey) {
		List<Review> list = this.reviews.findByInitiativeKeyOrderByIdAsc(initiativeKey.toUpperCase(Locale.ROOT));
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Signoff>> byReview = signoffsOf(list);
		return list.stream()
			.map((r) -> new ReviewRecord(r.id(), r.initiativeKey(), r.kind(), r.reason(), r.requestedBy(),
					r.requestedAt(), r.dueAt(), r.approvedAt().orElse(null),
					byReview.getOrDefault(r.id(), List.of())
						.stream()
						.map((s) -> new ReviewRecord.Signoff(s.role(), decision(s.state()), s.decidedBy().orElse(null),
								s.decidedAt().orElse(null), s.reason().orElse(null)))
						.toList()))
			.toList();
	}

	private static SignoffTiming.Decision decision(Signoff.State state) {
		return switch (state) {
			case PENDING -> SignoffTiming.Decision.PENDING;
			case APPROVED -> SignoffTiming.Decision.APPROVED;
			case CHANGES_REQUESTED -> SignoffTiming.Decision.CHANGES_REQUESTED;
		};
	}

	private List<ReviewSummary> summarise(List<Review> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Signoff>> byReview = signoffsOf(list);
		return list.stream().map((r) -> summarise(r, byReview.getOrDefault(r.id(), List.of()))).toList();
	}

	private Map<Long, List<Signoff>> signoffsOf(List<Review> list) {
		return this.signoffs.findByReviewIdInOrderByIdAsc(list.stream().map(Review::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Signoff::reviewId));
	}

	private static ReviewSummary summarise(Review review, List<Signoff> signoffs) {
		return new ReviewSummary(review.id(), review.initiativeKey(), review.kind(), review.reason(), review.approved(),
				review.dueAt(), signoffs.stream().filter((s) -> !s.approved()).map(Signoff::role).toList(),
				signoffs.stream()
					.filter((s) -> s.state() == Signoff.State.CHANGES_REQUESTED)
					.map(Signoff::role)
					.toList());
	}

}
