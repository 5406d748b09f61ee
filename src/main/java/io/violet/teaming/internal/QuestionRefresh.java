package io.violet.teaming.internal;

import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.initiative.Stage;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asks the questions that newly apply to an initiative after its ML-BOM changed, opening
 * its latest session and violet-team review again for them.
 */
@Service
public class QuestionRefresh {

	private final TeamingSessionRepository sessions;

	private final TeamingLensRepository lenses;

	private final SessionReader reader;

	private final QuestionBank bank;

	private final Initiatives initiatives;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final TeamingReviewSettlement settlement;

	QuestionRefresh(TeamingSessionRepository sessions, TeamingLensRepository lenses, SessionReader reader,
			QuestionBank bank, Initiatives initiatives, AuditTrail audit, ApplicationEventPublisher events,
			TeamingReviewSettlement settlement) {
		this.sessions = sessions;
		this.lenses = lenses;
		this.reader = reader;
		this.bank = bank;
		this.initiatives = initiatives;
		this.audit = audit;
		this.events = events;
		this.settlement = settlement;
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
		this.settlement.settle(session.initiativeKey(), session);
		this.events.publishEvent(new TeamingEvents.SessionChanged(session.id()));
		this.initiatives.refreshCard(session.initiativeKey());
		return count;
	}

	private Optional<TeamingSession> latestSession(String key) {
		return this.sessions.findFirstByInitiativeKeyOrderByIdDesc(key);
	}

}
