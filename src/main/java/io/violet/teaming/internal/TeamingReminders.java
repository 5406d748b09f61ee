package io.violet.teaming.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.UserFacts;
import io.violet.initiative.Attribute;
import io.violet.initiative.Initiatives;
import io.violet.review.Reviews;
import io.violet.teaming.Lens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Nudges and escalations for pending lenses, by the review reminder rules: participants
 * of a lens that has not answered are nudged one business day before the session is due;
 * once it is overdue the thread is told and the backups of the lens's roles (or the
 * admins, when it has none) are asked to step in. Each goes out on a business day within
 * the recipient's working hours in their own time zone, and is queued once.
 */
@Service
public class TeamingReminders {

	private static final Logger log = LoggerFactory.getLogger(TeamingReminders.class);

	static final String THREAD = "thread";

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final TeamingParticipantRepository participants;

	private final TeamingReminderRepository reminders;

	private final Directory directory;

	private final UserFacts userFacts;

	private final Reviews reviews;

	private final Initiatives initiatives;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	TeamingReminders(TeamingSessionRepository sessions, TeamingLensRepository lenses,
			TeamingParticipantRepository participants, TeamingReminderRepository reminders, Directory directory,
			UserFacts userFacts, Reviews reviews, Initiatives initiatives, ApplicationEventPublisher events,
			TransactionTemplate transactions, Clock clock) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.participants = participants;
		this.reminders = reminders;
		this.directory = directory;
		this.userFacts = userFacts;
		this.reviews = reviews;
		this.initiatives = initiatives;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Queues every reminder that is due now.
	 * @return how many were queued
	 */
	public int sweep() {
		Instant now = this.clock.instant();
		Map<String, ZoneId> zones = new HashMap<>();
		int queued = 0;
		for (long id : this.sessions.idsDueForReminders(TeamingSession.State.OPEN, now)) {
			try {
				Map<Lens, Set<String>> recipients = recipients(id, now);
				// time zones may need Slack: looked up before the transaction, not inside
				// it
				recipients.values()
					.forEach((users) -> users.stream()
						.filter((u) -> !THREAD.equals(u))
						.forEach((u) -> zones.computeIfAbsent(u, this.userFacts::freshZoneOf)));
				Integer count = this.transactions.execute((status) -> queue(id, now, recipients, zones));
				queued += (count != null) ? count : 0;
			}
			catch (RuntimeException ex) {
				log.warn("Could not queue reminders for violet-team session {}: {}", id, ex.getMessage());
			}
		}
		return queued;
	}

	private Map<Lens, Set<String>> recipients(long sessionId, Instant now) {
		Map<Lens, Set<String>> recipients = new java.util.EnumMap<>(Lens.class);
		TeamingSession session = this.sessions.findById(sessionId).orElse(null);
		if (session == null || !session.isOpen()) {
			return recipients;
		}
		boolean overdue = !now.isBefore(session.dueAt());
		boolean employment = this.initiatives.details(session.initiativeKey())
			.map((i) -> i.has(Attribute.EMPLOYMENT))
			.orElse(false);
		for (LensSheet sheet : this.lenses.findBySessionIdOrderByIdAsc(sessionId)) {
			if (sheet.answered()) {
				continue;
			}
			Set<String> users = new LinkedHashSet<>();
			if (!overdue) {
				this.participants.findBySessionIdAndLensOrderByIdAsc(sessionId, sheet.lens())
					.forEach((p) -> users.add(p.userId()));
			}
			else {
				users.add(THREAD);
				for (Role role : sheet.lens().roles(employment)) {
					users.addAll(this.directory.holders(role).backups());
				}
				if (users.size() == 1) {
					users.addAll(this.directory.configuredAdmins());
				}
			}
			recipients.put(sheet.lens(), users);
		}
		return recipients;
	}

	private int queue(long sessionId, Instant now, Map<Lens, Set<String>> recipients, Map<String, ZoneId> zones) {
		TeamingSession session = this.sessions.lockById(sessionId).orElse(null);
		if (session == null || !session.isOpen()) {
			return 0;
		}
		boolean overdue = !now.isBefore(session.dueAt());
		int queued = 0;
		for (Map.Entry<Lens, Set<String>> entry : recipients.entrySet()) {
			for (String user : entry.getValue()) {
				TeamingReminder.Kind kind = THREAD.equals(user) ? TeamingReminder.Kind.OVERDUE
						: overdue ? TeamingReminder.Kind.ESCALATION : TeamingReminder.Kind.NUDGE;
				if (this.reminders.existsBySessionIdAndLensAndKindAndRecipient(sessionId, entry.getKey(), kind, user)) {
					continue;
				}
				if (!THREAD.equals(user) && !this.reviews.isReminderTime(now, zones.get(user))) {
					continue;
				}
				TeamingReminder reminder = this.reminders
					.save(new TeamingReminder(sessionId, entry.getKey(), kind, user, now));
				this.events.publishEvent(new TeamingEvents.ReminderQueued(reminder.id()));
				queued++;
			}
		}
		return queued;
	}

	/**
	 * A queued reminder, for the work that sends it.
	 * @param id the reminder
	 * @return it, or null when gone
	 */
	public java.util.Optional<TeamingReminder> find(long id) {
		return this.reminders.findById(id);
	}

}
