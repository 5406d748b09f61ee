package io.violet.teaming.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.violet.initiative.ComponentInventory;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Threat;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads sessions as facts for the card, the summary, {@code teaming show} and other
 * modules.
 */
@Service
public class SessionReader {

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final TeamingParticipantRepository participants;

	private final TeamingAnswerRepository answers;

	private final TeamingFindingRepository findings;

	private final Initiatives initiatives;

	private final ComponentInventory inventory;

	private final QuestionBank bank;

	SessionReader(TeamingSessionRepository sessions, TeamingLensRepository lenses,
			TeamingParticipantRepository participants, TeamingAnswerRepository answers,
			TeamingFindingRepository findings, Initiatives initiatives, ComponentInventory inventory,
			QuestionBank bank) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.participants = participants;
		this.answers = answers;
		this.findings = findings;
		this.initiatives = initiatives;
		this.inventory = inventory;
		this.bank = bank;
	}

	@Transactional(readOnly = true)
	public Optional<SessionView> session(long id) {
		return this.sessions.findById(id).flatMap(this::view);
	}

	/**
	 * The initiative's latest session.
	 * @param initiativeKey the key, any case
	 * @return the session, or empty when it never had one
	 */
	@Transactional(readOnly = true)
	public Optional<SessionView> latest(String initiativeKey) {
		return this.initiatives.details(initiativeKey)
			.flatMap((i) -> this.sessions.findFirstByInitiativeKeyOrderByIdDesc(i.key()))
			.flatMap(this::view);
	}

	/**
	 * Recent sessions, newest first, open ones before complete ones.
	 * @return at most 50 sessions
	 */
	@Transactional(readOnly = true)
	public List<SessionView> recent() {
		return this.sessions.findTop50ByOrderByIdDesc()
			.stream()
			.map(this::view)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing((SessionView s) -> !s.open()))
			.toList();
	}

	/**
	 * The derived threat list of an initiative, from its current attributes and ML-BOM.
	 * @param initiative the initiative
	 * @return the threats
	 */
	@Transactional(readOnly = true)
	public List<Threat> threats(InitiativeDetails initiative) {
		return this.bank.threats(profile(initiative));
	}

	/**
	 * The facts that select an initiative's questions.
	 * @param initiative the initiative
	 * @return its profile
	 */
	@Transactional(readOnly = true)
	public Profile profile(InitiativeDetails initiative) {
		return Profile.of(initiative.attributes(), initiative.riskTier(), this.inventory.components(initiative.key()),
				this.bank.traits());
	}

	@Transactional(readOnly = true)
	public List<Finding> findings(String initiativeKey) {
		return this.initiatives.details(initiativeKey)
			.map((i) -> this.findings.findByInitiativeKeyOrderByNumberAsc(i.key())
				.stream()
				.map(FindingEntity::view)
				.toList())
			.orElse(List.of());
	}

	@Transactional(readOnly = true)
	public Optional<Finding> finding(long findingId) {
		return this.findings.findById(findingId).map(FindingEntity::view);
	}

	@Transactional(readOnly = true)
	public Optional<Finding> finding(String initiativeKey, int number) {
		return this.initiatives.details(initiativeKey)
			.flatMap((i) -> this.findings.findByInitiativeKeyAndNumber(i.key(), number))
			.map(FindingEntity::view);
	}

	@Transactional(readOnly = true)
	public Optional<Participant> participant(long participantId) {
		return this.participants.findById(participantId);
	}

	/**
	 * What a lens's modal shows.
	 * @param sessionId the session
	 * @param lens the lens
	 * @return the form, or empty when there is no such session
	 */
	@Transactional(readOnly = true)
	public Optional<LensForm> form(long sessionId, Lens lens) {
		Optional<TeamingSession> session = this.sessions.findById(sessionId);
		Optional<LensSheet> sheet = this.lenses.findBySessionIdAndLens(sessionId, lens);
		if (session.isEmpty() || sheet.isEmpty()) {
			return Optional.empty();
		}
		String name = this.initiatives.details(session.get().initiativeKey())
			.map(InitiativeDetails::name)
			.orElse(session.get().initiativeKey());
		List<Answer> given = this.answers.findByLensIdOrderByIdAsc(sheet.get().id());
		List<String> done = given.stream().filter(Answer::isFinal).map(Answer::questionId).toList();
		Map<String, AnswerDraft> drafts = given.stream()
			.filter((a) -> !a.isFinal())
			.collect(Collectors.toMap(Answer::questionId, Answer::draft));
		List<Question> open = new ArrayList<>();
		for (String id : sheet.get().questionIds()) {
			if (!done.contains(id)) {
				this.bank.question(id).ifPresent(open::add);
			}
		}
		return Optional.of(new LensForm(sessionId, session.get().initiativeKey(), name, lens, List.copyOf(open),
				done.size(), drafts));
	}

	Optional<SessionView> view(TeamingSession session) {
		Optional<InitiativeDetails> initiative = this.initiatives.details(session.initiativeKey());
		if (initiative.isEmpty()) {
			return Optional.empty();
		}
		List<Participant> people = this.participants.findBySessionIdOrderByIdAsc(session.id());
		List<SessionView.LensView> lensViews = new ArrayList<>();
		for (LensSheet sheet : this.lenses.findBySessionIdOrderByIdAsc(session.id())) {
			int answered = this.answers.findByLensIdOrderByIdAsc(sheet.id()).size();
			lensViews.add(new SessionView.LensView(sheet.lens(), sheet.state(), sheet.questionIds().size(),
					Math.min(answered, sheet.questionIds().size()),
					people.stream()
						.filter((p) -> p.lens() == sheet.lens())
						.map((p) -> new SessionView.ParticipantView(p.userId(), p.role(), p.how()))
						.toList(),
					sheet.answeredBy(), sheet.answeredAt()));
		}
		lensViews.sort(Comparator.comparing(SessionView.LensView::lens));
		List<Finding> raised = this.findings.findBySessionIdOrderByNumberAsc(session.id())
			.stream()
			.map(FindingEntity::view)
			.toList();
		return Optional.of(new SessionView(session.id(), initiative.get(), session.isOpen(), session.startedBy(),
				session.startedAt(), session.dueAt(), session.completedAt(), meetAt(session), session.workshopKey(),
				session.workshopProblem(), List.copyOf(lensViews), raised, threats(initiative.get()), session.version(),
				session.cardChannel(), session.cardTs()));
	}

	static @org.jspecify.annotations.Nullable Instant meetAt(TeamingSession session) {
		if (session.meetLocal() == null || session.meetZone() == null) {
			return null;
		}
		return LocalDateTime.parse(session.meetLocal()).atZone(ZoneId.of(session.meetZone())).toInstant();
	}

}
