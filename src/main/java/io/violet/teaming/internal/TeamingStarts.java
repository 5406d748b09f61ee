package io.violet.teaming.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import io.violet.teaming.Lens;
import io.violet.training.WorkshopRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts violet-team sessions, adds the people named with {@code --add} to an open one,
 * requests the workshop of {@code --meet} and records what the training module arranged,
 * and where the session card was posted.
 */
@Service
public class TeamingStarts {

	/** When a session's lenses are due on a day given with {@code --due}. */
	static final LocalTime DUE_TIME = LocalTime.of(17, 0);

	/**
	 * How far ahead {@code --due} and {@code --meet} may be: a session is weeks long, and
	 * the database's timestamps end in 2038.
	 */
	static final Period AHEAD_MAX = Period.ofYears(1);

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final TeamingParticipantRepository participants;

	private final SessionReader reader;

	private final WorkshopAgendas agendas;

	private final QuestionBank bank;

	private final Initiatives initiatives;

	private final Reviews reviews;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	private final VioletSettings violet;

	private final TeamingSettings settings;

	private final Clock clock;

	private final TeamingPermissions permissions;

	private final ParticipantChoice choice;

	private final TeamingReviewSettlement settlement;

	TeamingStarts(TeamingSessionRepository sessions, TeamingLensRepository lenses,
			TeamingParticipantRepository participants, SessionReader reader, WorkshopAgendas agendas, QuestionBank bank,
			Initiatives initiatives, Reviews reviews, AuditTrail audit, ApplicationEventPublisher events,
			BusinessCalendar calendar, VioletSettings violet, TeamingSettings settings, Clock clock,
			TeamingPermissions permissions, ParticipantChoice choice, TeamingReviewSettlement settlement) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.participants = participants;
		this.reader = reader;
		this.agendas = agendas;
		this.bank = bank;
		this.initiatives = initiatives;
		this.reviews = reviews;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
		this.violet = violet;
		this.settings = settings;
		this.clock = clock;
		this.permissions = permissions;
		this.choice = choice;
		this.settlement = settlement;
	}

	/**
	 * Starts a session, or adds the people named with {@code --add} to the open one.
	 * @param request the request (its dates already parsed)
	 * @return what happened
	 */
	@Transactional
	public StartResult start(StartRequest request) {
		Optional<InitiativeDetails> found = this.initiatives.details(request.initiativeKey());
		if (found.isEmpty()) {
			return StartResult.of(StartResult.Outcome.UNKNOWN);
		}
		InitiativeDetails initiative = found.get();
		if (!this.permissions.mayStart(initiative, request.actor())) {
			return StartResult.of(StartResult.Outcome.NOT_ALLOWED);
		}
		if (initiative.stage() == Stage.RETIRED) {
			return StartResult.of(StartResult.Outcome.RETIRED);
		}
		boolean employment = initiative.has(io.violet.initiative.Attribute.EMPLOYMENT);
		Map<String, List<Lens>> added = new LinkedHashMap<>();
		for (String user : new LinkedHashSet<>(request.add())) {
			List<Lens> held = this.choice.lensesHeldBy(user, employment);
			if (held.isEmpty()) {
				return StartResult.invalid("<@" + user + "> holds no role of any lens, so they could not answer. "
						+ "Lenses take these roles: " + ParticipantChoice.lensRoles(employment) + ".");
			}
			added.put(user, held);
		}
		Optional<TeamingSession> open = this.sessions.findByOpenKey(initiative.key());
		if (open.isPresent()) {
			if (added.isEmpty()) {
				return new StartResult(StartResult.Outcome.ALREADY_OPEN, this.reader.view(open.get()).orElse(null),
						List.of(), null);
			}
			return addTo(this.sessions.lockById(open.get().id()).orElseThrow(), added, request.actor());
		}
		Instant now = this.clock.instant();
		ZoneId zone = this.violet.timezone();
		Instant dueAt;
		LocalDate latest = LocalDate.ofInstant(now, zone).plus(AHEAD_MAX);
		if (request.due() != null) {
			if (!request.due().isAfter(LocalDate.ofInstant(now, zone))) {
				return StartResult.invalid("`--due` must be a day after today.");
			}
			if (request.due().isAfter(latest)) {
				return StartResult.invalid("`--due` must be within a year, by " + latest + ".");
			}
			dueAt = request.due().atTime(DUE_TIME).atZone(zone).toInstant();
		}
		else {
			dueAt = this.calendar.plusBusinessDays(now, this.settings.dueDays(), zone);
		}
		ZoneId meetZone = this.permissions.zoneOf(request.actor());
		LocalDateTime meet = request.meet();
		if (meet != null && !meet.atZone(meetZone).toInstant().isAfter(now)) {
			return StartResult.invalid("The `--meet` time " + meet.toString().replace('T', ' ') + " ("
					+ meetZone.getId() + ") is in the past; pick a time that is still ahead.");
		}
		if (meet != null && meet.toLocalDate().isAfter(latest)) {
			return StartResult.invalid("The `--meet` time must be within a year, by " + latest + ".");
		}
		Instant nudgeAt = this.calendar.plusBusinessDays(dueAt, -1, zone);
		TeamingSession session = this.sessions.save(
				new TeamingSession(initiative.key(), request.actor(), now, dueAt, nudgeAt.isBefore(now) ? now : nudgeAt,
						(meet != null) ? meet.toString() : null, (meet != null) ? meetZone.getId() : null));
		Profile profile = this.reader.profile(initiative);
		List<Lens> unowned = new ArrayList<>();
		Map<Role, RoleHolders> holders = new EnumMap<>(Role.class);
		for (Lens lens : Lens.values()) {
			List<String> questions = this.bank.select(lens, profile).stream().map(Question::id).toList();
			this.lenses.save(new LensSheet(session.id(), lens, questions));
			List<Participant> chosen = this.choice.choose(session.id(), lens, employment, holders);
			if (chosen.isEmpty()) {
				unowned.add(lens);
			}
			this.participants.saveAll(chosen);
		}
		added.forEach((user, held) -> held.forEach((lens) -> {
			if (!this.participants.existsBySessionIdAndLensAndUserId(session.id(), lens, user)) {
				this.participants.save(new Participant(session.id(), lens, user,
						this.choice.roleIn(user, lens, employment), Participant.How.ADDED));
			}
		}));
		this.audit.record(request.actor(), "teaming.started", "initiative:" + initiative.key(),
				"session " + session.id() + ", due " + dueAt
						+ (unowned.isEmpty() ? ""
								: "; no owner for " + unowned.stream().map(Lens::key).collect(Collectors.joining(",")))
						+ (meet != null ? "; workshop " + meet + " " + meetZone.getId() : ""));
		this.reviews.require(initiative.key(), ReviewKind.VIOLET_TEAM,
				"a violet-team session was started on " + initiative.key(), request.actor());
		this.settlement.settle(initiative.key(), session);
		if (meet != null) {
			requestWorkshop(session, initiative, meet, meetZone, request.actor());
		}
		this.events.publishEvent(new TeamingEvents.SessionConvened(session.id()));
		this.initiatives.refreshCard(initiative.key());
		return new StartResult(StartResult.Outcome.STARTED, this.reader.view(session).orElseThrow(),
				List.copyOf(added.keySet()), null);
	}

	private StartResult addTo(TeamingSession session, Map<String, List<Lens>> added, String actor) {
		InitiativeDetails initiative = this.initiatives.details(session.initiativeKey()).orElseThrow();
		boolean employment = initiative.has(io.violet.initiative.Attribute.EMPLOYMENT);
		List<Long> ids = new ArrayList<>();
		List<String> people = new ArrayList<>();
		added.forEach((user, held) -> held.forEach((lens) -> {
			if (!this.participants.existsBySessionIdAndLensAndUserId(session.id(), lens, user)) {
				ids.add(this.participants
					.save(new Participant(session.id(), lens, user, this.choice.roleIn(user, lens, employment),
							Participant.How.ADDED))
					.id());
				if (!people.contains(user)) {
					people.add(user);
				}
			}
		}));
		if (!ids.isEmpty()) {
			session.changed();
			this.audit.record(actor, "teaming.participants-added", "initiative:" + initiative.key(),
					"session " + session.id() + ": " + String.join(",", people));
			this.events.publishEvent(new TeamingEvents.ParticipantsAdded(session.id(), List.copyOf(ids)));
			this.events.publishEvent(new TeamingEvents.SessionChanged(session.id()));
		}
		return new StartResult(StartResult.Outcome.ADDED, this.reader.view(session).orElseThrow(), people, null);
	}

	private void requestWorkshop(TeamingSession session, InitiativeDetails initiative, LocalDateTime meet, ZoneId zone,
			String actor) {
		Set<String> invitees = new LinkedHashSet<>();
		this.participants.findBySessionIdOrderByIdAsc(session.id()).forEach((p) -> invitees.add(p.userId()));
		invitees.add(initiative.ownerId());
		String title = "Violet team: " + initiative.key() + " " + initiative.name();
		this.events.publishEvent(new WorkshopRequested("teaming:" + session.id(),
				(title.length() > 200) ? title.substring(0, 199) + "…" : title, meet, zone.getId(),
				List.copyOf(invitees), actor));
	}

	/**
	 * Records the workshop the training module scheduled for a session's {@code --meet}.
	 * @param sessionId the session
	 * @param workshopKey the session key, or null
	 * @param problem why it was not scheduled, or null
	 */
	@Transactional
	public void workshopArranged(long sessionId, @org.jspecify.annotations.Nullable String workshopKey,
			@org.jspecify.annotations.Nullable String problem) {
		this.sessions.lockById(sessionId).ifPresent((session) -> {
			session.workshop(workshopKey, problem);
			// findings raised before the workshop was known are its first agenda
			this.agendas.tell(session);
			this.events.publishEvent(new TeamingEvents.SessionChanged(sessionId));
		});
	}

	/**
	 * Records where the session card was posted.
	 * @param sessionId the session
	 * @param channel the channel
	 * @param ts the card's ts
	 */
	@Transactional
	public void cardPosted(long sessionId, String channel, String ts) {
		// locked like every other change of the session: an entity read without the lock
		// writes all its columns back, and would undo a workshop arranged meanwhile
		this.sessions.lockById(sessionId).ifPresent((s) -> s.cardPosted(channel, ts));
	}

}
