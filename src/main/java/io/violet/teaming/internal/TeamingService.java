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
import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.directory.RoleHolders;
import io.violet.directory.UserFact;
import io.violet.directory.UserFacts;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;
import io.violet.review.ReviewKind;
import io.violet.review.Reviews;
import io.violet.teaming.Finding;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;
import io.violet.teaming.Lens;
import io.violet.teaming.Resolution;
import io.violet.training.WorkshopRequested;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Starts violet-team sessions, records answers and findings, closes findings, and keeps
 * the violet-team review settled: signed off when every lens has answered and no high or
 * critical finding of the initiative is open, open again otherwise.
 */
@Service
public class TeamingService {

	/** When a session's lenses are due on a day given with {@code --due}. */
	static final LocalTime DUE_TIME = LocalTime.of(17, 0);

	static final int MITIGATION_MAX = AnswerDraft.TEXT_MAX;

	/**
	 * How far ahead {@code --due} and {@code --meet} may be: a session is weeks long, and
	 * the database's timestamps end in 2038.
	 */
	static final Period AHEAD_MAX = Period.ofYears(1);

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final TeamingParticipantRepository participants;

	private final TeamingAnswerRepository answers;

	private final TeamingFindingRepository findings;

	private final SessionReader reader;

	private final WorkshopAgendas agendas;

	private final QuestionBank bank;

	private final Initiatives initiatives;

	private final Reviews reviews;

	private final Directory directory;

	private final UserFacts userFacts;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	private final VioletSettings violet;

	private final TeamingSettings settings;

	private final Clock clock;

	TeamingService(TeamingSessionRepository sessions, TeamingLensRepository lenses,
			TeamingParticipantRepository participants, TeamingAnswerRepository answers,
			TeamingFindingRepository findings, SessionReader reader, WorkshopAgendas agendas, QuestionBank bank,
			Initiatives initiatives, Reviews reviews, Directory directory, UserFacts userFacts, AuditTrail audit,
			ApplicationEventPublisher events, BusinessCalendar calendar, VioletSettings violet,
			TeamingSettings settings, Clock clock) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.participants = participants;
		this.answers = answers;
		this.findings = findings;
		this.reader = reader;
		this.agendas = agendas;
		this.bank = bank;
		this.initiatives = initiatives;
		this.reviews = reviews;
		this.directory = directory;
		this.userFacts = userFacts;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
		this.violet = violet;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * Whether a user may start a session on an initiative: admins, its owner, and owners
	 * of security-architect. Decided from the directory and cached user facts only, so
	 * that no Slack call runs before a command's ack.
	 * @param initiative the initiative
	 * @param userId the user
	 * @return true when they may
	 */
	@Transactional(readOnly = true)
	public boolean mayStart(InitiativeDetails initiative, String userId) {
		return initiative.ownerId().equals(userId)
				|| this.directory.holders(Role.SECURITY_ARCHITECT).owners().contains(userId) || isAdmin(userId);
	}

	/**
	 * Whether a user administers Violet, from configuration and cached user facts.
	 * @param userId the user
	 * @return true for admins
	 */
	public boolean isAdmin(String userId) {
		return this.directory.configuredAdmins().contains(userId)
				|| this.userFacts.cached(userId).map(UserFact::workspaceAdmin).orElse(false);
	}

	/**
	 * The time zone a user's typed times are read in, without asking Slack.
	 * @param userId the user
	 * @return their cached zone, else the organisation's
	 */
	public ZoneId zoneOf(String userId) {
		return this.userFacts.cached(userId).flatMap(UserFact::zone).orElse(this.violet.timezone());
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
		if (!mayStart(initiative, request.actor())) {
			return StartResult.of(StartResult.Outcome.NOT_ALLOWED);
		}
		if (initiative.stage() == Stage.RETIRED) {
			return StartResult.of(StartResult.Outcome.RETIRED);
		}
		boolean employment = initiative.has(io.violet.initiative.Attribute.EMPLOYMENT);
		Map<String, List<Lens>> added = new LinkedHashMap<>();
		for (String user : new LinkedHashSet<>(request.add())) {
			List<Lens> held = lensesHeldBy(user, employment);
			if (held.isEmpty()) {
				return StartResult.invalid("<@" + user + "> holds no role of any lens, so they could not answer. "
						+ "Lenses take these roles: " + lensRoles(employment) + ".");
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
		ZoneId meetZone = zoneOf(request.actor());
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
			List<Participant> chosen = choose(session.id(), lens, employment, holders);
			if (chosen.isEmpty()) {
				unowned.add(lens);
			}
			this.participants.saveAll(chosen);
		}
		added.forEach((user, held) -> held.forEach((lens) -> {
			if (!this.participants.existsBySessionIdAndLensAndUserId(session.id(), lens, user)) {
				this.participants.save(new Participant(session.id(), lens, user, roleIn(user, lens, employment),
						Participant.How.ADDED));
			}
		}));
		this.audit.record(request.actor(), "teaming.started", "initiative:" + initiative.key(),
				"session " + session.id() + ", due " + dueAt
						+ (unowned.isEmpty() ? ""
								: "; no owner for " + unowned.stream().map(Lens::key).collect(Collectors.joining(",")))
						+ (meet != null ? "; workshop " + meet + " " + meetZone.getId() : ""));
		this.reviews.require(initiative.key(), ReviewKind.VIOLET_TEAM,
				"a violet-team session was started on " + initiative.key(), request.actor());
		settle(initiative.key(), session);
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
					.save(new Participant(session.id(), lens, user, roleIn(user, lens, employment),
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
	 * The participants of a lens: the primary owner of the first of its roles that has
	 * one, or a backup of that role when the primary is deactivated; for employment uses
	 * the ethics lens also asks HR's primary.
	 */
	private List<Participant> choose(long sessionId, Lens lens, boolean employment, Map<Role, RoleHolders> cache) {
		List<Participant> chosen = new ArrayList<>();
		List<Role> roles = lens.roles(employment);
		for (Role role : roles) {
			RoleHolders holders = cache.computeIfAbsent(role, this.directory::holders);
			Optional<Participant> one = pick(sessionId, lens, role, holders);
			if (one.isPresent()) {
				chosen.add(one.get());
				if (!(lens == Lens.ETHICS && employment)) {
					break;
				}
			}
		}
		return chosen;
	}

	private Optional<Participant> pick(long sessionId, Lens lens, Role role, RoleHolders holders) {
		Optional<String> primary = holders.primary();
		if (primary.isEmpty()) {
			return Optional.empty();
		}
		if (reachable(primary.get())) {
			return Optional.of(new Participant(sessionId, lens, primary.get(), role, Participant.How.PRIMARY));
		}
		return holders.backups()
			.stream()
			.filter(this::reachable)
			.findFirst()
			.map((backup) -> new Participant(sessionId, lens, backup, role, Participant.How.BACKUP));
	}

	private boolean reachable(String userId) {
		return !this.userFacts.cached(userId).map(UserFact::deactivated).orElse(false);
	}

	private List<Lens> lensesHeldBy(String user, boolean employment) {
		Set<Role> held = this.directory.rolesOf(user);
		List<Lens> lensesHeld = new ArrayList<>();
		for (Lens lens : Lens.values()) {
			if (lens.roles(employment).stream().anyMatch(held::contains)) {
				lensesHeld.add(lens);
			}
		}
		return lensesHeld;
	}

	private Role roleIn(String user, Lens lens, boolean employment) {
		Set<Role> held = this.directory.rolesOf(user);
		return lens.roles(employment).stream().filter(held::contains).findFirst().orElse(lens.roles(employment).get(0));
	}

	private static String lensRoles(boolean employment) {
		StringBuilder text = new StringBuilder();
		for (Lens lens : Lens.values()) {
			text.append(text.isEmpty() ? "" : "; ")
				.append(lens.title())
				.append(": ")
				.append(lens.roles(employment).stream().map(Role::key).collect(Collectors.joining(", ")));
		}
		return text.toString();
	}

	/**
	 * Brings a role's new owner into the open sessions whose lens of that role had nobody
	 * to answer it: they are invited like a participant chosen at the start, the card
	 * stops naming the lens as unowned, and its review can be signed off once they
	 * answer. Lenses that have a participant keep theirs. Safe to run twice.
	 * @param role the role
	 * @param userId its new owner
	 * @return how many lenses they were added to
	 */
	@Transactional
	public int ownerAssigned(Role role, String userId) {
		if (!reachable(userId)) {
			return 0;
		}
		int count = 0;
		for (TeamingSession open : this.sessions.findByStateOrderByIdDesc(TeamingSession.State.OPEN)) {
			Optional<InitiativeDetails> initiative = this.initiatives.details(open.initiativeKey());
			if (initiative.isEmpty() || initiative.get().stage() == Stage.RETIRED) {
				continue;
			}
			boolean employment = initiative.get().has(io.violet.initiative.Attribute.EMPLOYMENT);
			List<Lens> filled = new ArrayList<>();
			for (Lens lens : Lens.values()) {
				if (lens.roles(employment).contains(role)
						&& this.participants.findBySessionIdAndLensOrderByIdAsc(open.id(), lens).isEmpty()) {
					filled.add(lens);
				}
			}
			if (filled.isEmpty()) {
				continue;
			}
			TeamingSession session = this.sessions.lockById(open.id()).orElseThrow();
			List<Long> ids = new ArrayList<>();
			for (Lens lens : filled) {
				// the lock makes a second run see the participant the first one added
				if (this.participants.findBySessionIdAndLensOrderByIdAsc(session.id(), lens).isEmpty()) {
					ids.add(this.participants
						.save(new Participant(session.id(), lens, userId, role, Participant.How.PRIMARY))
						.id());
				}
			}
			if (ids.isEmpty()) {
				continue;
			}
			count += ids.size();
			session.changed();
			this.audit.record(Actor.VIOLET, "teaming.participants-added", "initiative:" + session.initiativeKey(),
					"session " + session.id() + ": " + userId + ", new " + role.key() + " owner for "
							+ filled.stream().map(Lens::key).collect(Collectors.joining(",")));
			this.events.publishEvent(new TeamingEvents.ParticipantsAdded(session.id(), List.copyOf(ids)));
			this.events.publishEvent(new TeamingEvents.SessionChanged(session.id()));
		}
		return count;
	}

	/**
	 * Whether a user answers a lens of a session.
	 * @param sessionId the session
	 * @param lens the lens
	 * @param userId the user
	 * @return true for the lens's participants
	 */
	@Transactional(readOnly = true)
	public boolean isParticipant(long sessionId, Lens lens, String userId) {
		return this.participants.existsBySessionIdAndLensAndUserId(sessionId, lens, userId);
	}

	/**
	 * Records one page of a lens's modal. Answers given are saved as drafts; questions of
	 * the page left blank lose their draft. On the last page, when every question has an
	 * answer, the lens is complete: its answers become final, every concern becomes a
	 * finding, and when it was the last lens the session is complete.
	 * @param sessionId the session
	 * @param lens the lens
	 * @param userId who submits
	 * @param pageQuestions the questions the page showed
	 * @param given the answers given on the page (validated)
	 * @param lastPage whether this was the last page
	 * @return what happened
	 */
	@Transactional
	public SubmitResult submit(long sessionId, Lens lens, String userId, List<String> pageQuestions,
			List<AnswerDraft> given, boolean lastPage) {
		Optional<TeamingSession> locked = this.sessions.lockById(sessionId);
		Optional<LensSheet> found = this.lenses.findBySessionIdAndLens(sessionId, lens);
		if (locked.isEmpty() || found.isEmpty()) {
			return SubmitResult.of(SubmitResult.Outcome.UNKNOWN);
		}
		if (!this.participants.existsBySessionIdAndLensAndUserId(sessionId, lens, userId)) {
			return SubmitResult.of(SubmitResult.Outcome.NOT_PARTICIPANT);
		}
		TeamingSession session = locked.get();
		LensSheet sheet = found.get();
		if (sheet.answered()) {
			return SubmitResult.of(SubmitResult.Outcome.ALREADY_ANSWERED);
		}
		Instant now = this.clock.instant();
		Map<String, Answer> existing = new LinkedHashMap<>();
		this.answers.findByLensIdOrderByIdAsc(sheet.id()).forEach((a) -> existing.put(a.questionId(), a));
		Map<String, AnswerDraft> byQuestion = new LinkedHashMap<>();
		given.forEach((a) -> byQuestion.put(a.questionId(), a));
		for (String questionId : pageQuestions) {
			if (!sheet.questionIds().contains(questionId)) {
				continue;
			}
			Answer answer = existing.get(questionId);
			if (answer != null && answer.isFinal()) {
				continue;
			}
			AnswerDraft draft = byQuestion.get(questionId);
			if (draft == null) {
				if (answer != null) {
					this.answers.delete(answer);
					existing.remove(questionId);
				}
			}
			else if (answer == null) {
				existing.put(questionId, this.answers.save(new Answer(sheet.id(), draft, userId, now)));
			}
			else {
				answer.apply(draft, userId, now);
			}
		}
		int unanswered = (int) sheet.questionIds().stream().filter((q) -> !existing.containsKey(q)).count();
		session.changed();
		if (!lastPage || unanswered > 0) {
			sheet.draft();
			this.events.publishEvent(new TeamingEvents.SessionChanged(sessionId));
			return new SubmitResult(SubmitResult.Outcome.DRAFT, unanswered, List.of());
		}
		List<Finding> raised = new ArrayList<>();
		InitiativeDetails initiative = this.initiatives.details(session.initiativeKey()).orElseThrow();
		int number = this.findings.maxNumber(initiative.key());
		LocalDate due = LocalDate.ofInstant(
				this.calendar.plusBusinessDays(now, this.settings.findingDueDays(), this.violet.timezone()),
				this.violet.timezone());
		for (String questionId : sheet.questionIds()) {
			Answer answer = existing.get(questionId);
			if (answer.isFinal()) {
				continue;
			}
			answer.makeFinal();
			if (answer.verdict() == Verdict.CONCERN && answer.severity() != null && answer.text() != null) {
				FindingEntity finding = this.findings.save(new FindingEntity(sessionId, initiative.key(), ++number,
						lens, questionId, answer.severity(), answer.text(), userId, now, initiative.ownerId(), due));
				raised.add(finding.view());
			}
		}
		sheet.answer(userId, now);
		this.audit.record(userId, "teaming.lens-answered", "initiative:" + initiative.key(),
				"session " + sessionId + ", lens " + lens.key() + ", " + sheet.questionIds().size() + " questions, "
						+ raised.size() + " findings");
		for (Finding finding : raised) {
			this.audit.record(userId, "teaming.finding-raised", "finding:" + initiative.key() + "/" + finding.number(),
					finding.severity().key() + " (" + lens.key() + "): " + finding.text());
			this.events.publishEvent(new FindingRaised(initiative.key(), sessionId, finding.number(), lens.key(),
					finding.severity().key(), finding.text(), userId, finding.owner(), finding.due()));
		}
		boolean allAnswered = this.lenses.findBySessionIdOrderByIdAsc(sessionId).stream().allMatch(LensSheet::answered);
		if (allAnswered && session.isOpen()) {
			session.complete(now);
			this.audit.record(userId, "teaming.completed", "initiative:" + initiative.key(),
					"session " + sessionId + ": every lens answered");
			this.events.publishEvent(new TeamingEvents.SessionCompleted(sessionId));
		}
		settle(initiative.key(), session);
		this.events.publishEvent(new TeamingEvents.SessionChanged(sessionId));
		this.initiatives.refreshCard(initiative.key());
		return new SubmitResult(SubmitResult.Outcome.ANSWERED, 0, List.copyOf(raised));
	}

	/**
	 * Closes a finding with a mitigation note: its owner and Violet admins may.
	 * @param initiativeKey the initiative, any case
	 * @param number the finding's number
	 * @param by who closes it
	 * @param mitigation what was done, plain text
	 * @return what happened
	 */
	@Transactional
	public Resolution resolve(String initiativeKey, int number, String by, String mitigation) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		Optional<FindingEntity> found = initiative
			.flatMap((i) -> this.findings.findByInitiativeKeyAndNumber(i.key(), number));
		if (found.isEmpty()) {
			return new Resolution(Resolution.Outcome.UNKNOWN, null);
		}
		FindingEntity finding = found.get();
		if (!finding.owner().equals(by) && !isAdmin(by)) {
			return new Resolution(Resolution.Outcome.NOT_ALLOWED, finding.view());
		}
		if (!finding.open()) {
			return new Resolution(Resolution.Outcome.ALREADY_RESOLVED, finding.view());
		}
		String note = mitigation.strip();
		if (note.isEmpty() || note.length() > MITIGATION_MAX) {
			return new Resolution(Resolution.Outcome.INVALID, finding.view());
		}
		TeamingSession session = this.sessions.lockById(finding.sessionId()).orElseThrow();
		finding.resolve(by, note, this.clock.instant());
		session.changed();
		String key = initiative.get().key();
		this.audit.record(by, "teaming.finding-resolved", "finding:" + key + "/" + number, "mitigation: " + note);
		this.events.publishEvent(new FindingResolved(key, finding.sessionId(), number, by, note));
		settle(key, latestSession(key).orElse(session));
		this.events.publishEvent(new TeamingEvents.SessionChanged(finding.sessionId()));
		this.initiatives.refreshCard(key);
		return new Resolution(Resolution.Outcome.RESOLVED, finding.view());
	}

	/**
	 * Gives a finding another owner: its owner, the initiative's owner and admins may.
	 * @param initiativeKey the initiative
	 * @param number the finding's number
	 * @param by who reassigns it
	 * @param owner the new owner
	 * @return what happened ({@link Resolution.Outcome#RESOLVED} meaning reassigned)
	 */
	@Transactional
	public Resolution reassign(String initiativeKey, int number, String by, String owner) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		Optional<FindingEntity> found = initiative
			.flatMap((i) -> this.findings.findByInitiativeKeyAndNumber(i.key(), number));
		if (found.isEmpty()) {
			return new Resolution(Resolution.Outcome.UNKNOWN, null);
		}
		FindingEntity finding = found.get();
		if (!finding.owner().equals(by) && !initiative.get().ownerId().equals(by) && !isAdmin(by)) {
			return new Resolution(Resolution.Outcome.NOT_ALLOWED, finding.view());
		}
		if (!finding.open()) {
			return new Resolution(Resolution.Outcome.ALREADY_RESOLVED, finding.view());
		}
		if (finding.owner().equals(owner)) {
			return new Resolution(Resolution.Outcome.RESOLVED, finding.view());
		}
		this.sessions.lockById(finding.sessionId()).orElseThrow().changed();
		String before = finding.owner();
		finding.reassign(owner);
		this.audit.record(by, "teaming.finding-reassigned", "finding:" + initiative.get().key() + "/" + number,
				before + " -> " + owner);
		this.events.publishEvent(new TeamingEvents.FindingReassigned(finding.id(), owner, by));
		this.events.publishEvent(new TeamingEvents.SessionChanged(finding.sessionId()));
		return new Resolution(Resolution.Outcome.RESOLVED, finding.view());
	}

	/**
	 * Asks the questions that newly apply to an initiative (a component was added) in its
	 * latest session; a lens that had answered is open again for them, and so is a
	 * complete session and the violet-team review.
	 * @param initiativeKey the initiative
	 * @return how many questions were added
	 */
	@Transactional
	public int refreshQuestions(String initiativeKey) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(initiativeKey);
		Optional<TeamingSession> latest = initiative.flatMap((i) -> latestSession(i.key()));
		if (latest.isEmpty() || initiative.get().stage() == Stage.RETIRED) {
			return 0;
		}
		TeamingSession session = this.sessions.lockById(latest.get().id()).orElseThrow();
		Profile profile = this.reader.profile(initiative.get());
		int count = 0;
		for (LensSheet sheet : this.lenses.findBySessionIdOrderByIdAsc(session.id())) {
			List<String> added = sheet.add(this.bank.select(sheet.lens(), profile).stream().map(Question::id).toList());
			if (!added.isEmpty()) {
				count += added.size();
				this.events.publishEvent(new TeamingEvents.QuestionsAdded(session.id(), sheet.lens(), added));
			}
		}
		if (count == 0) {
			return 0;
		}
		if (!session.isOpen() && this.sessions.findByOpenKey(session.initiativeKey()).isEmpty()) {
			session.reopen();
		}
		session.changed();
		this.audit.record(Actor.VIOLET, "teaming.questions-added", "initiative:" + session.initiativeKey(),
				"session " + session.id() + ": " + count + " questions after an ML-BOM change");
		settle(session.initiativeKey(), session);
		this.events.publishEvent(new TeamingEvents.SessionChanged(session.id()));
		this.initiatives.refreshCard(session.initiativeKey());
		return count;
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
		this.sessions.findById(sessionId).ifPresent((s) -> s.cardPosted(channel, ts));
	}

	private Optional<TeamingSession> latestSession(String key) {
		return this.sessions.findFirstByInitiativeKeyOrderByIdDesc(key);
	}

	private void settle(String initiativeKey, TeamingSession session) {
		List<LensSheet> sheets = this.lenses.findBySessionIdOrderByIdAsc(session.id());
		long answered = sheets.stream().filter(LensSheet::answered).count();
		List<FindingEntity> holding = this.findings.findByInitiativeKeyOrderByNumberAsc(initiativeKey)
			.stream()
			.filter((f) -> f.open() && f.severity().holdsTheGate())
			.toList();
		boolean met = answered == sheets.size() && holding.isEmpty();
		String reason = answered + "/" + sheets.size() + " lenses of its violet-team session answered"
				+ (holding.isEmpty() ? ", no high or critical finding open" : "; " + holding.size()
						+ " high or critical finding" + (holding.size() == 1 ? "" : "s") + " open ("
						+ holding.stream().map((f) -> Finding.labelOf(f.number())).collect(Collectors.joining(", "))
						+ ")");
		this.reviews.settle(initiativeKey, ReviewKind.VIOLET_TEAM, met, reason);
	}

}
