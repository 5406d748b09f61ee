package io.violet.followup.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.violet.BusinessCalendar;
import io.violet.directory.Directory;
import io.violet.directory.UserFacts;
import io.violet.followup.FollowUp;
import io.violet.followup.internal.FollowUpReminder.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminder sweep, by the review reminder rules: the owner is nudged a business day
 * before the due date; once the due date has passed in the owner's time zone, the owner
 * is told it is overdue and the incident's commander or the initiative's owner is asked
 * to follow it up (admins when there is neither). Every message goes out on a business
 * day within the recipient's working hours in their own time zone, and is queued once (a
 * row per follow-up, kind, recipient and date), so that a restart or a second node never
 * repeats one. "Snooze" postpones the owner's reminders, never the escalation. Time zones
 * are looked up before any transaction starts (a lookup may ask Slack).
 */
@Service
public class FollowUpReminders {

	private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

	/** Due dates this far ahead are near enough for a nudge across a long weekend. */
	private static final int LOOK_AHEAD_DAYS = 7;

	private final FollowUpRepository items;

	private final FollowUpReminderRepository reminders;

	private final FollowUpAccess access;

	private final Directory directory;

	private final UserFacts userFacts;

	private final BusinessCalendar calendar;

	private final FollowUpSettings settings;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FollowUpReminders(FollowUpRepository items, FollowUpReminderRepository reminders, FollowUpAccess access,
			Directory directory, UserFacts userFacts, BusinessCalendar calendar, FollowUpSettings settings,
			TransactionTemplate transactions, ApplicationEventPublisher events, Clock clock) {
		this.items = items;
		this.reminders = reminders;
		this.access = access;
		this.directory = directory;
		this.userFacts = userFacts;
		this.calendar = calendar;
		this.settings = settings;
		this.transactions = transactions;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Queues every reminder that is due now.
	 * @return how many were queued
	 */
	public int sweep() {
		Instant now = this.clock.instant();
		LocalDate horizon = LocalDate.ofInstant(now, ZoneId.of("UTC")).plusDays(LOOK_AHEAD_DAYS);
		Set<Long> ids = new LinkedHashSet<>(this.items.idsDueBy(horizon));
		ids.addAll(this.items.idsSnoozedUntil(now));
		Map<String, ZoneId> zones = new HashMap<>();
		int queued = 0;
		for (long id : ids) {
			FollowUp followUp = this.items.findById(id).map(FollowUpItem::view).orElse(null);
			if (followUp == null || followUp.done()) {
				continue;
			}
			List<String> people = new ArrayList<>();
			people.add(followUp.ownerId());
			people.addAll(escalationRecipients(followUp));
			// zones first, outside any transaction: a stale user may be looked up in
			// Slack
			people.forEach((user) -> zones.computeIfAbsent(user, this.userFacts::freshZoneOf));
			try {
				Integer count = this.transactions.execute((status) -> remind(id, now, zones));
				queued += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not queue reminders for follow-up {}: {}", id, ex.getMessage());
			}
		}
		return queued;
	}

	private int remind(long id, Instant now, Map<String, ZoneId> zones) {
		FollowUpItem item = this.items.lockById(id).orElse(null);
		if (item == null || item.done()) {
			return 0;
		}
		FollowUp followUp = item.view();
		String owner = followUp.ownerId();
		ZoneId ownerZone = zones.get(owner);
		if (ownerZone == null || !this.access.mayView(followUp, owner)) {
			return 0;
		}
		int queued = 0;
		Instant snoozedUntil = item.snoozedUntil();
		boolean snoozed = snoozedUntil != null && snoozedUntil.isAfter(now);
		if (snoozedUntil != null && !snoozed) {
			if (queue(item, Kind.SNOOZED, owner, LocalDate.ofInstant(snoozedUntil, ownerZone), now, ownerZone)) {
				item.snoozeEnded();
				queued++;
			}
		}
		LocalDate due = followUp.due();
		if (due == null) {
			return queued;
		}
		LocalDate ownerToday = LocalDate.ofInstant(now, ownerZone);
		if (!ownerToday.isAfter(due)) {
			if (!snoozed && !nextBusinessDay(ownerToday, ownerZone).isBefore(due)
					&& queue(item, Kind.NUDGE, owner, due, now, ownerZone)) {
				queued++;
			}
			return queued;
		}
		if (!snoozed && queue(item, Kind.OVERDUE, owner, due, now, ownerZone)) {
			queued++;
		}
		for (String recipient : escalationRecipients(followUp)) {
			ZoneId zone = zones.get(recipient);
			if (zone != null && queue(item, Kind.ESCALATION, recipient, due, now, zone)) {
				queued++;
			}
		}
		return queued;
	}

	/**
	 * Who is asked to follow up an overdue item: the incident's commander and the
	 * initiative's owner, when they are not its owner and may see it; admins when nobody
	 * else is left.
	 * @param followUp the follow-up
	 * @return the recipients
	 */
	Set<String> escalationRecipients(FollowUp followUp) {
		Set<String> recipients = new LinkedHashSet<>();
		this.access.commander(followUp).ifPresent(recipients::add);
		this.access.initiativeOwner(followUp).ifPresent(recipients::add);
		recipients.remove(followUp.ownerId());
		recipients.removeIf((user) -> !this.access.mayView(followUp, user));
		if (recipients.isEmpty()) {
			recipients.addAll(this.directory.configuredAdmins());
			recipients.remove(followUp.ownerId());
		}
		return recipients;
	}

	private LocalDate nextBusinessDay(LocalDate day, ZoneId zone) {
		LocalDate next = day.plusDays(1);
		while (!this.calendar.isBusinessDay(next, zone)) {
			next = next.plusDays(1);
		}
		return next;
	}

	/**
	 * Records a reminder if it is not recorded yet and it is the recipient's working
	 * time, and has it sent after commit.
	 */
	private boolean queue(FollowUpItem item, Kind kind, String recipient, LocalDate forDate, Instant now, ZoneId zone) {
		if (this.reminders.existsByFollowUpIdAndKindAndRecipientAndForDate(item.id(), kind, recipient, forDate)) {
			return false;
		}
		if (!this.calendar.isWorkingTime(now, zone, this.settings.workdayStart(), this.settings.workdayEnd())) {
			return false;
		}
		FollowUpReminder reminder = this.reminders.save(new FollowUpReminder(item.id(), kind, recipient, forDate, now));
		this.events.publishEvent(new FollowUpEvents.ReminderQueued(reminder.id()));
		return true;
	}

}
