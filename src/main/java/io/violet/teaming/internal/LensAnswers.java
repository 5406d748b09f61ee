package io.violet.teaming.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.violet.BusinessCalendar;
import io.violet.VioletSettings;
import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.teaming.Finding;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.Lens;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A lens's answers: who may give them, and recording each page of the lens's modal until
 * the lens, and with the last lens the session, is complete and its concerns are
 * findings.
 */
@Service
public class LensAnswers {

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final TeamingParticipantRepository participants;

	private final TeamingAnswerRepository answers;

	private final TeamingFindingRepository findings;

	private final Initiatives initiatives;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final BusinessCalendar calendar;

	private final VioletSettings violet;

	private final TeamingSettings settings;

	private final Clock clock;

	private final TeamingReviewSettlement settlement;

	LensAnswers(TeamingSessionRepository sessions, TeamingLensRepository lenses,
			TeamingParticipantRepository participants, TeamingAnswerRepository answers,
			TeamingFindingRepository findings, Initiatives initiatives, AuditTrail audit,
			ApplicationEventPublisher events, BusinessCalendar calendar, VioletSettings violet,
			TeamingSettings settings, Clock clock, TeamingReviewSettlement settlement) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.participants = participants;
		this.answers = answers;
		this.findings = findings;
		this.initiatives = initiatives;
		this.audit = audit;
		this.events = events;
		this.calendar = calendar;
		this.violet = violet;
		this.settings = settings;
		this.clock = clock;
		this.settlement = settlement;
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
		this.settlement.settle(initiative.key(), session);
		this.events.publishEvent(new TeamingEvents.SessionChanged(sessionId));
		this.initiatives.refreshCard(initiative.key());
		return new SubmitResult(SubmitResult.Outcome.ANSWERED, 0, List.copyOf(raised));
	}

}
