package io.violet.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.BusinessCalendar;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFacts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder sweep: owners of roles that have not decided are nudged by direct message
 * one business day before a review is due; once it is overdue, the thread is told and the
 * roles' backups are asked to step in. Direct messages go out only on weekdays within
 * each recipient's working hours, in their own time zone; every reminder is queued once
 * (a row per review, kind and recipient), so that a restart or a second node never
 * repeats one. Decided reviews are never reminded. Each reminder queued is told to the
 * Slack adapter ({@link ReviewEvents}), which words it.
 */
@Service
public class ReviewReminders {

	private static final Logger log = LoggerFactory.getLogger(ReviewReminders.class);

	static final String THREAD = "thread";

	private final ReviewRepository reviews;

	private final SignoffRepository signoffs;

	private final ReminderRepository reminders;

	private final Directory directory;

	private final UserFacts userFacts;

	private final ApplicationEventPublisher events;

	private final ReviewSettings settings;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final BusinessCalendar calendar;

	ReviewReminders(ReviewRepository reviews, SignoffRepository signoffs, ReminderRepository reminders,
			Directory directory, UserFacts userFacts, ApplicationEventPublisher events, ReviewSettings settings,
			TransactionTemplate transactions, Clock clock, BusinessCalendar calendar) {
		this.calendar = calendar;
		this.reviews = reviews;
		this.signoffs = signoffs;
		this.reminders = reminders;
		this.directory = directory;
		this.userFacts = userFacts;
		this.events = events;
		this.settings = settings;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Queues every reminder that is due now.
	 * @return how many reminders were queued
	 */
	public int sweep() {
		Instant now = this.clock.instant();
		// one sweep asks the directory and the user facts once per role and person
		Map<Role, RoleHolders> holders = new EnumMap<>(Role.class);
		Map<String, ZoneId> zones = new HashMap<>();
		int queued = 0;
		for (long id : this.reviews.idsDueForReminders(Review.State.OPEN, now)) {
			try {
				Integer count = this.transactions.execute((status) -> remind(id, now, holders, zones));
				queued += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not queue reminders for review {}: {}", id, ex.getMessage());
			}
		}
		return queued;
	}

	private int remind(long reviewId, Instant now, Map<Role, RoleHolders> holdersByRole, Map<String, ZoneId> zones) {
		Review review = this.reviews.findById(reviewId).orElse(null);
		// an automatic review waits for no role; the module that settles it reminds its
		// people
		if (review == null || review.approved() || review.kind().automatic()) {
			return 0;
		}
		List<Signoff> undecided = this.signoffs.findByReviewIdOrderByIdAsc(reviewId)
			.stream()
			.filter((s) -> s.state() == Signoff.State.PENDING)
			.toList();
		int queued = 0;
		if (now.isBefore(review.dueAt())) {
			for (Signoff signoff : undecided) {
				for (String owner : holdersByRole.computeIfAbsent(signoff.role(), this.directory::holders).owners()) {
					if (queue(review, Reminder.Kind.NUDGE, owner, now, zones)) {
						this.events.publishEvent(new ReviewEvents.Nudged(reviewId, review.initiativeKey(),
								review.kind(), review.dueAt(), signoff.role(), owner));
						queued++;
					}
				}
			}
			return queued;
		}
		if (!this.reminders.existsByReviewIdAndKindAndRecipient(reviewId, Reminder.Kind.OVERDUE, THREAD)) {
			this.reminders.save(new Reminder(reviewId, Reminder.Kind.OVERDUE, THREAD, now));
			this.events.publishEvent(new ReviewEvents.Overdue(reviewId, review.initiativeKey(), review.kind(),
					review.dueAt(), undecided.stream().map(Signoff::role).toList()));
			queued++;
		}
		for (Signoff signoff : undecided) {
			RoleHolders holders = holdersByRole.computeIfAbsent(signoff.role(), this.directory::holders);
			Set<String> stepIn = new LinkedHashSet<>(holders.backups());
			if (stepIn.isEmpty()) {
				stepIn.addAll(this.directory.configuredAdmins());
			}
			for (String backup : stepIn) {
				if (queue(review, Reminder.Kind.ESCALATION, backup, now, zones)) {
					this.events.publishEvent(
							new ReviewEvents.Escalated(reviewId, review.initiativeKey(), review.kind(), review.dueAt(),
									signoff.role(), backup, holders.backups().contains(backup), holders.owners()));
					queued++;
				}
			}
		}
		return queued;
	}

	/**
	 * Records a reminder to a person if it is not recorded yet and it is their working
	 * time.
	 */
	private boolean queue(Review review, Reminder.Kind kind, String recipient, Instant now, Map<String, ZoneId> zones) {
		if (this.reminders.existsByReviewIdAndKindAndRecipient(review.id(), kind, recipient)) {
			return false;
		}
		ZoneId zone = zones.computeIfAbsent(recipient, this.userFacts::freshZoneOf);
		if (!this.calendar.isWorkingTime(now, zone, this.settings.workdayStart(), this.settings.workdayEnd())) {
			return false;
		}
		this.reminders.save(new Reminder(review.id(), kind, recipient, now));
		return true;
	}

}
