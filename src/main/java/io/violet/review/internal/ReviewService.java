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
import java.util.UUID;
import java.util.stream.Collectors;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.initiative.ThreadMessage;
import io.violet.review.Requirement;
import io.violet.review.ReviewDecided;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewRecord;
import io.violet.review.SignoffTiming;
import io.violet.review.ReviewSummary;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests reviews, records decisions and comments, and answers what waits for whom.
 */
@Service
public class ReviewService {

	/** Action ids of the buttons on every review request (owned by this module). */
	public static final String APPROVE = "review_approve";

	public static final String REQUEST_CHANGES = "review_request_changes";

	public static final String COMMENT = "review_comment";

	private static final int MENTIONS_PER_ROLE = 8;

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

	ReviewService(ReviewRepository reviews, SignoffRepository signoffs, Initiatives initiatives, Directory directory,
			AuditTrail audit, ApplicationEventPublisher events, ReviewSettings settings, VioletSettings violet,
			Clock clock, BusinessCalendar calendar) {
		this.calendar = calendar;
		this.reviews = reviews;
		this.signoffs = signoffs;
		this.initiatives = initiatives;
		this.directory = directory;
		this.audit = audit;
		this.events = events;
		this.settings = settings;
		this.violet = violet;
		this.clock = clock;
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

	private Requirement request(InitiativeDetails initiative, ReviewKind kind, String reason, String by) {
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
		this.audit.record(by, "review.requested", subject(review), "roles "
				+ roles.stream().map(Role::key).collect(Collectors.joining(",")) + "; due " + due + "; why: " + reason);
		announce(initiative, review, roles, by);
		this.initiatives.refreshCard(initiative.key());
		return new Requirement(Requirement.Outcome.REQUESTED, review.id());
	}

	private void announce(InitiativeDetails initiative, Review review, List<Role> roles, String by) {
		if (review.kind().automatic()) {
			announceAutomatic(initiative, review, by);
			return;
		}
		List<ThreadMessage.Button> buttons = buttons(review.id());
		StringBuilder signers = new StringBuilder();
		List<Role> unowned = new ArrayList<>();
		Set<String> owners = new LinkedHashSet<>();
		Map<Role, RoleHolders> holdersByRole = new EnumMap<>(Role.class);
		for (Role role : roles) {
			RoleHolders holders = holdersByRole.computeIfAbsent(role, this.directory::holders);
			signers.append(signers.isEmpty() ? "" : " · ").append('*').append(role.title()).append("*: ");
			if (holders.hasOwners()) {
				// a few mentions per role keep the request within one section (3,000
				// characters)
				signers.append(holders.owners()
					.stream()
					.limit(MENTIONS_PER_ROLE)
					.map(Mrkdwn::user)
					.collect(Collectors.joining(", ")));
				if (holders.owners().size() > MENTIONS_PER_ROLE) {
					signers.append(" and ").append(holders.owners().size() - MENTIONS_PER_ROLE).append(" more");
				}
				owners.addAll(holders.owners());
			}
			else {
				signers.append(":warning: no owner");
				unowned.add(role);
			}
		}
		String title = review.kind().title();
		String text = ":clipboard: *" + title + " review* requested for *" + initiative.key() + "*"
				+ (Actor.VIOLET.is(by) ? "" : " by " + Mrkdwn.user(by)) + "\n*Why:* "
				+ Mrkdwn.escapeAndTruncate(review.reason(), 500) + "\n*Due:* " + Mrkdwn.date(review.dueAt())
				+ " (gates _" + review.kind().gates().title() + "_)\n*Sign-off, one approval per role:* " + signers
				+ "\n_Basis: " + review.kind().basis() + "_";
		if (!unowned.isEmpty()) {
			text += "\n:warning: No one owns "
					+ unowned.stream().map((r) -> "*" + r.title() + "*").collect(Collectors.joining(", "))
					+ ". Violet admins, assign owners with `/violet role assign " + unowned.get(0).key() + " @user`.";
		}
		this.initiatives.postInThread(initiative.key(), "review-request:" + review.id(),
				new ThreadMessage(text, buttons));
		for (String owner : owners) {
			List<Role> asRoles = roles.stream().filter((r) -> holdersByRole.get(r).owners().contains(owner)).toList();
			askOwner(initiative, review, owner, asRoles);
		}
		String name = Mrkdwn.escapeAndTruncate(initiative.name(), 150);
		if (!unowned.isEmpty()) {
			for (String admin : this.directory.configuredAdmins()) {
				this.initiatives.sendDirect(initiative.key(), "review-unowned:" + review.id() + ":" + admin, admin,
						ThreadMessage.of(":warning: The *" + title + " review* of *" + initiative.key() + " " + name
								+ "* needs a sign-off from "
								+ unowned.stream()
									.map((r) -> "*" + r.title() + "* (`" + r.key() + "`)")
									.collect(Collectors.joining(", "))
								+ ", but no one owns " + (unowned.size() == 1 ? "that role" : "those roles")
								+ ". Assign owners with `/violet role assign <role> @user`."));
			}
		}
	}

	private void announceAutomatic(InitiativeDetails initiative, Review review, String by) {
		String title = review.kind().title();
		this.initiatives.postInThread(initiative.key(), "review-request:" + review.id(),
				ThreadMessage.of(":clipboard: *" + title + " review* requested for *" + initiative.key() + "*"
						+ (Actor.VIOLET.is(by) ? "" : " by " + Mrkdwn.user(by)) + "\n*Why:* "
						+ Mrkdwn.escapeAndTruncate(review.reason(), 500) + "\n*Due:* " + Mrkdwn.date(review.dueAt())
						+ "\n*Sign-off:* by Violet, once " + review.kind().automaticRule() + " (gates _"
						+ review.kind().gates().title() + "_)" + "\n_Basis: " + review.kind().basis() + "_"));
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
			request(initiative.get(), kind, reason, Actor.VIOLET.id());
			existing = this.reviews.findByInitiativeKeyAndKind(initiative.get().key(), kind);
		}
		Review review = this.reviews.lockById(existing.orElseThrow().id()).orElseThrow();
		if (review.approved() == met) {
			return false;
		}
		Instant now = this.clock.instant();
		String text;
		if (met) {
			review.approve(now);
			this.audit.record(Actor.VIOLET, "review.complete", subject(review), "signed off by Violet: " + reason);
			text = ":white_check_mark: The *" + kind.title() + " review* is signed off: "
					+ Mrkdwn.escapeAndTruncate(reason, 500) + ".";
		}
		else {
			review.reopen();
			this.audit.record(Actor.VIOLET, "review.reopened", subject(review), reason);
			text = ":leftwards_arrow_with_hook: The *" + kind.title() + " review* is open again: "
					+ Mrkdwn.escapeAndTruncate(reason, 500) + ".";
		}
		this.initiatives.postInThread(review.initiativeKey(), "settled:" + review.id() + ":" + UUID.randomUUID(),
				ThreadMessage.of(text));
		this.initiatives.refreshCard(review.initiativeKey());
		this.events.publishEvent(
				new ReviewDecided(review.id(), review.initiativeKey(), kind, met, Actor.VIOLET.id(), met, reason, now));
		return true;
	}

	private void askOwner(InitiativeDetails initiative, Review review, String owner, List<Role> asRoles) {
		String dm = ":clipboard: Your sign-off is needed as *"
				+ asRoles.stream().map(Role::title).collect(Collectors.joining(", ")) + "*: *" + review.kind().title()
				+ " review* for *" + initiative.key() + " " + Mrkdwn.escapeAndTruncate(initiative.name(), 150)
				+ "*.\n*Why:* " + Mrkdwn.escapeAndTruncate(review.reason(), 500) + "\n*Due:* "
				+ Mrkdwn.date(review.dueAt()) + "\nThe discussion is in the initiative's thread in "
				+ Mrkdwn.channel(this.violet.initiativesChannel()) + ".";
		this.initiatives.sendDirect(initiative.key(), "review-request:" + review.id() + ":" + owner, owner,
				new ThreadMessage(dm, buttons(review.id())));
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
				askOwner(initiative.get(), review, owner, List.of(role));
				asked++;
			}
		}
		return asked;
	}

	static List<ThreadMessage.Button> buttons(long reviewId) {
		String value = Long.toString(reviewId);
		return List.of(new ThreadMessage.Button(APPROVE, "Approve", value, "primary"),
				new ThreadMessage.Button(REQUEST_CHANGES, "Request changes", value, "danger"),
				new ThreadMessage.Button(COMMENT, "Comment", value, ""));
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
			return require(initiativeKey, kind, reason, by);
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
			this.audit.record(by, "review.reopened", subject(review), reason);
			this.initiatives.refreshCard(review.initiativeKey());
		}
		return new Requirement(Requirement.Outcome.ALREADY_REQUESTED, review.id());
	}

	/**
	 * Records a decision by a user for every role of the review they hold.
	 * @param reviewId the review
	 * @param userId who decides
	 * @param approve true to approve, false to request changes
	 * @param reason the reason (required for changes), plain text
	 * @return what happened, with the message for the user
	 */
	@Transactional
	public Outcome decide(long reviewId, String userId, boolean approve, @Nullable String reason) {
		Optional<Review> found = this.reviews.lockById(reviewId);
		if (found.isEmpty()) {
			return new Outcome(Outcome.Kind.UNKNOWN, "That review no longer exists.");
		}
		Review review = found.get();
		if (review.kind().automatic()) {
			return new Outcome(Outcome.Kind.NOT_ALLOWED, automaticRefusal(review));
		}
		List<Signoff> all = this.signoffs.findByReviewIdOrderByIdAsc(reviewId);
		Set<Role> held = this.directory.rolesOf(userId);
		List<Signoff> mine = all.stream().filter((s) -> held.contains(s.role())).toList();
		String what = "the *" + review.kind().title() + " review* of *" + review.initiativeKey() + "*";
		if (mine.isEmpty()) {
			return new Outcome(Outcome.Kind.NOT_ALLOWED,
					":no_entry: Only owners and backups of "
							+ all.stream().map((s) -> "*" + s.role().title() + "*").collect(Collectors.joining(", "))
							+ " can decide " + what + ".");
		}
		Signoff.State target = approve ? Signoff.State.APPROVED : Signoff.State.CHANGES_REQUESTED;
		List<Signoff> changing = mine.stream().filter((s) -> s.state() != target).toList();
		if (changing.isEmpty()) {
			Signoff first = mine.get(0);
			return new Outcome(Outcome.Kind.ALREADY,
					":information_source: " + what + " was already " + (approve ? "approved" : "sent back for changes")
							+ " for *" + first.role().title() + "*"
							+ first.decidedBy().map((u) -> " by " + Mrkdwn.user(u)).orElse("")
							+ first.decidedAt().map((t) -> " on " + Mrkdwn.date(t)).orElse("") + "; nothing changed.");
		}
		Instant now = this.clock.instant();
		String roleList = changing.stream().map((s) -> "*" + s.role().title() + "*").collect(Collectors.joining(", "));
		for (Signoff signoff : changing) {
			signoff.record(target, userId, reason, now);
			this.audit.record(userId, approve ? "review.approved" : "review.changes-requested", subject(review), "role "
					+ signoff.role().key() + ((reason == null || reason.isBlank()) ? "" : "; reason: " + reason));
		}
		boolean allApproved = all.stream().allMatch(Signoff::approved);
		boolean wasApproved = review.approved();
		if (allApproved && !wasApproved) {
			review.approve(now);
			this.audit.record(userId, "review.complete", subject(review), "every required role approved");
		}
		else if (!allApproved && wasApproved) {
			review.reopen();
			this.audit.record(userId, "review.reopened", subject(review), "changes requested");
		}
		long approvals = all.stream().filter(Signoff::approved).count();
		// sent once because it is queued in this transaction; the key only has to be new
		String messageKey = "decision:" + review.id() + ":" + UUID.randomUUID();
		String text;
		if (approve) {
			text = ":white_check_mark: " + Mrkdwn.user(userId) + " approved the *" + review.kind().title()
					+ " review* for " + roleList + " (" + approvals + "/" + all.size() + " roles)." + (allApproved
							? "\n:tada: *" + review.kind().title() + "* is approved by every required role." : "");
		}
		else {
			text = ":leftwards_arrow_with_hook: " + Mrkdwn.user(userId) + " requested changes to the *"
					+ review.kind().title() + " review* for " + roleList + ":\n>"
					+ Mrkdwn.escapeAndTruncate(reason == null ? "" : reason, 2500).replace("\n", "\n>");
		}
		this.initiatives.postInThread(review.initiativeKey(), messageKey, ThreadMessage.of(text));
		if (!approve) {
			this.initiatives.details(review.initiativeKey())
				.filter((i) -> !i.ownerId().equals(userId))
				.ifPresent((i) -> this.initiatives.sendDirect(i.key(), messageKey + ":owner", i.ownerId(),
						ThreadMessage.of(text + "\n_(" + i.key() + ", your initiative)_")));
		}
		this.initiatives.refreshCard(review.initiativeKey());
		this.events.publishEvent(new ReviewDecided(review.id(), review.initiativeKey(), review.kind(), approve, userId,
				allApproved, (reason == null || reason.isBlank()) ? null : reason, now));
		return new Outcome(Outcome.Kind.RECORDED,
				(approve ? ":white_check_mark: You approved " : ":leftwards_arrow_with_hook: You requested changes to ")
						+ what + " for " + roleList + "."
						+ (allApproved ? " Every required role has approved it now." : ""));
	}

	/**
	 * Whether a user may decide a review, before a modal asks for the reason.
	 * @param reviewId the review
	 * @param userId the user
	 * @return the refusal for the user, or empty when they may
	 */
	@Transactional(readOnly = true)
	public Optional<String> refusal(long reviewId, String userId) {
		Optional<Review> found = this.reviews.findById(reviewId);
		if (found.isEmpty()) {
			return Optional.of("That review no longer exists.");
		}
		if (found.get().kind().automatic()) {
			return Optional.of(automaticRefusal(found.get()));
		}
		List<Signoff> all = this.signoffs.findByReviewIdOrderByIdAsc(reviewId);
		if (all.stream().anyMatch((s) -> this.directory.holders(s.role()).includes(userId))) {
			return Optional.empty();
		}
		return Optional.of(":no_entry: Only owners and backups of "
				+ all.stream().map((s) -> "*" + s.role().title() + "*").collect(Collectors.joining(", "))
				+ " can decide the *" + found.get().kind().title() + " review* of *" + found.get().initiativeKey()
				+ "*.");
	}

	private static String automaticRefusal(Review review) {
		return ":information_source: No one decides the *" + review.kind().title() + " review* of *"
				+ review.initiativeKey() + "*: Violet signs it off once " + review.kind().automaticRule() + ".";
	}

	/**
	 * Posts a comment on a review in the initiative's thread.
	 * @param reviewId the review
	 * @param userId who comments
	 * @param comment the comment, plain text
	 * @return what happened
	 */
	@Transactional
	public Outcome comment(long reviewId, String userId, String comment) {
		Optional<Review> found = this.reviews.findById(reviewId);
		if (found.isEmpty()) {
			return new Outcome(Outcome.Kind.UNKNOWN, "That review no longer exists.");
		}
		Review review = found.get();
		this.audit.record(userId, "review.commented", subject(review), comment);
		this.initiatives.postInThread(review.initiativeKey(), "comment:" + review.id() + ":" + UUID.randomUUID(),
				ThreadMessage.of(":speech_balloon: " + Mrkdwn.user(userId) + " on the *" + review.kind().title()
						+ " review*:\n>" + Mrkdwn.escapeAndTruncate(comment, 2800).replace("\n", "\n>")));
		return new Outcome(Outcome.Kind.RECORDED, "Your comment is in the thread of " + review.initiativeKey() + ".");
	}

	@Transactional(readOnly = true)
	public Optional<ReviewSummary> summary(long reviewId) {
		return this.reviews.findById(reviewId)
			.map((r) -> summarise(r, this.signoffs.findByReviewIdOrderByIdAsc(r.id())));
	}

	@Transactional(readOnly = true)
	public List<ReviewSummary> summaries(String initiativeKey) {
		return summarise(
				this.reviews.findByInitiativeKeyOrderByIdAsc(initiativeKey.toUpperCase(java.util.Locale.ROOT)));
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
		List<Review> list = this.reviews
			.findByInitiativeKeyOrderByIdAsc(initiativeKey.toUpperCase(java.util.Locale.ROOT));
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Signoff>> byReview = this.signoffs
			.findByReviewIdInOrderByIdAsc(list.stream().map(Review::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Signoff::reviewId));
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
		Map<Long, List<Signoff>> byReview = this.signoffs
			.findByReviewIdInOrderByIdAsc(list.stream().map(Review::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Signoff::reviewId));
		return list.stream().map((r) -> summarise(r, byReview.getOrDefault(r.id(), List.of()))).toList();
	}

	private static ReviewSummary summarise(Review review, List<Signoff> signoffs) {
		return new ReviewSummary(review.id(), review.initiativeKey(), review.kind(), review.reason(), review.approved(),
				review.dueAt(), signoffs.stream().filter((s) -> !s.approved()).map(Signoff::role).toList(),
				signoffs.stream()
					.filter((s) -> s.state() == Signoff.State.CHANGES_REQUESTED)
					.map(Signoff::role)
					.toList());
	}

	static String subject(Review review) {
		return "review:" + review.initiativeKey() + "/" + review.kind().key();
	}

	/**
	 * What a decision or comment did, with the message for the user.
	 *
	 * @param kind what happened
	 * @param message what to tell the user (mrkdwn)
	 */
	public record Outcome(Kind kind, String message) {

		public enum Kind {

			RECORDED, ALREADY, NOT_ALLOWED, UNKNOWN

		}

	}

}
