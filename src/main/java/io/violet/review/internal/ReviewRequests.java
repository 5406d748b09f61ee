package io.violet.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.review.Requirement;
import io.violet.review.ReviewKind;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests reviews: those the routing table gives a new initiative, those required by
 * hand or by another module, and the sign-offs a role's first owner is asked for. Each
 * request is told in the initiative's thread and asks every owner of a required role by
 * direct message ({@link ReviewEvents}).
 */
@Service
public class ReviewRequests {

	private final ReviewRepository reviews;

	private final SignoffRepository signoffs;

	private final Initiatives initiatives;

	private final Directory directory;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final ReviewSettings settings;

	private final VioletSettings violet;

	private final Clock clock;

	private final BusinessCalendar calendar;

	ReviewRequests(ReviewRepository reviews, SignoffRepository signoffs, Initiatives initiatives, Directory directory,
			AuditTrail audit, ApplicationEventPublisher events, ReviewSettings settings, VioletSettings violet,
			Clock clock, BusinessCalendar calendar) {
		this.reviews = reviews;
		this.signoffs = signoffs;
		this.initiatives = initiatives;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
		this.calendar = calendar;
	}

	/**
	 * Requests every review the routing table gives for a new initiative.
	 * @param initiative the initiative
	 * @param by who created it
	 * @return the kinds requested
	 */
	@Transactional
	public List<ReviewKind> requestRouted(InitiativeDetails initiative, String by) {
		List<ReviewKind> requested = new ArrayList<>();
		for (ReviewKind kind : ReviewKind.values()) {
			List<String> reasons = kind.reasonsFor(initiative);
			if (!reasons.isEmpty()) {
				String reason = String.join("; ", reasons);
				if (request(initiative, kind, reason, by).outcome() == Requirement.Outcome.REQUESTED) {
					requested.add(kind);
				}
			}
		}
		return requested;
	}

	/**
	 * Requires a review for an initiative.
	 * @param initiativeKey the key
	 * @param kind the kind
	 * @param reason why it applies
	 * @param by who requires it
	 * @return what happened
	 */
	@Transactional
	public Requirement require(String initiativeKey, ReviewKind kind, String reason, String by) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		if (initiative.isEmpty()) {
			return new Requirement(Requirement.Outcome.UNKNOWN_INITIATIVE, -1);
		}
		if (initiative.get().stage() == Stage.RETIRED) {
			return new Requirement(Requirement.Outcome.RETIRED, -1);
		}
		return request(initiative.get(), kind, reason, by);
	}

	/**
	 * Requests a review of an initiative unless it has one of the kind already.
	 * @param initiative the initiative
	 * @param kind the kind
	 * @param reason why it applies
	 * @param by who requests it
	 * @return what happened
	 */
	Requirement request(InitiativeDetails initiative, ReviewKind kind, String reason, String by) {
		Optional<Review> existing = this.reviews.findByInitiativeKeyAndKind(initiative.key(), kind);
		if (existing.isPresent()) {
			return new Requirement(Requirement.Outcome.ALREADY_REQUESTED, existing.get().id());
		}
		Instant now = this.clock.instant();
		int days = this.settings.dueDays(kind);
		Instant due = this.calendar.plusBusinessDays(now, days, this.violet.timezone());
		Instant nudge = this.calendar.plusBusinessDays(due, -1, this.violet.timezone());
		Review review = this.reviews.save(new Review(initiative.key(), kind, reason, by, now, nudge, due));
		List<Role> roles = kind.rolesFor(initiative);
		roles.forEach((role) -> this.signoffs.save(new Signoff(review.id(), role)));
		this.audit.record(by, "review.requested", review.auditSubject(), "roles "
				+ roles.stream().map(Role::key).collect(Collectors.joining(",")) + "; due " + due + "; why: " + reason);
		announce(requested(initiative, review), roles, by);
		this.initiatives.refreshCard(initiative.key());
		return new Requirement(Requirement.Outcome.REQUESTED, review.id());
	}

	/**
	 * Tells the thread, then asks each owner once for all the roles they hold, then asks
	 * the admins to fill roles no one owns. A kind Violet signs off asks no one.
	 */
	private void announce(ReviewEvents.RequestedReview review, List<Role> roles, String by) {
		if (review.kind().automatic()) {
			this.events.publishEvent(new ReviewEvents.Requested(review, by, List.of()));
			return;
		}
		Map<Role, RoleHolders> holdersByRole = new EnumMap<>(Role.class);
		List<ReviewEvents.Signers> signers = new ArrayList<>();
		List<Role> unowned = new ArrayList<>();
		Set<String> owners = new LinkedHashSet<>();
		for (Role role : roles) {
			RoleHolders holders = holdersByRole.computeIfAbsent(role, this.directory::holders);
			signers.add(new ReviewEvents.Signers(role, holders.owners()));
			if (holders.hasOwners()) {
				owners.addAll(holders.owners());
			}
			else {
				unowned.add(role);
			}
		}
		this.events.publishEvent(new ReviewEvents.Requested(review, by, signers));
		for (String owner : owners) {
			List<Role> asRoles = roles.stream().filter((r) -> holdersByRole.get(r).owners().contains(owner)).toList();
			this.events.publishEvent(new ReviewEvents.OwnerAsked(review, owner, asRoles));
		}
		if (!unowned.isEmpty()) {
			this.events.publishEvent(
					new ReviewEvents.Unowned(review, unowned, List.copyOf(this.directory.configuredAdmins())));
		}
	}

	/**
	 * Asks the first owner of a role that had none for the sign-offs the role owes on
	 * open reviews (those requests reached no one). Owners joining a role that already
	 * had owners find its open reviews on their App Home.
	 * @param role the role
	 * @param owner its new owner
	 * @return how many reviews they were asked for
	 */
	@Transactional
	public int askNewOwner(Role role, String owner) {
		if (!this.directory.holders(role).owners().equals(List.of(owner))) {
			return 0;
		}
		int asked = 0;
		for (Review review : this.reviews.findByStateOrderByDueAtAsc(Review.State.OPEN)) {
			boolean owed = this.signoffs.findByReviewIdOrderByIdAsc(review.id())
				.stream()
				.anyMatch((s) -> s.role() == role && !s.approved());
			if (!owed) {
				continue;
			}
			Optional<InitiativeDetails> initiative = this.initiatives.details(review.initiativeKey());
			if (initiative.isPresent() && initiative.get().stage() != Stage.RETIRED) {
				this.events.publishEvent(
						new ReviewEvents.OwnerAsked(requested(initiative.get(), review), owner, List.of(role)));
				asked++;
			}
		}
		return asked;
	}

	private static ReviewEvents.RequestedReview requested(InitiativeDetails initiative, Review review) {
		return new ReviewEvents.RequestedReview(review.id(), initiative.key(), initiative.name(), review.kind(),
				review.reason(), review.dueAt());
	}

}
