package io.violet.teaming.internal;

import java.time.Clock;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.Initiatives;
import io.violet.teaming.FindingResolved;
import io.violet.teaming.Resolution;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes findings with a mitigation note and gives them another owner, keeping the
 * violet-team review settled.
 */
@Service
public class FindingDecisions {

	static final int MITIGATION_MAX = AnswerDraft.TEXT_MAX;

	private final TeamingSessionRepository sessions;

	private final TeamingFindingRepository findings;

	private final Initiatives initiatives;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TeamingPermissions permissions;

	private final TeamingReviewSettlement settlement;

	FindingDecisions(TeamingSessionRepository sessions, TeamingFindingRepository findings, Initiatives initiatives,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock, TeamingPermissions permissions,
			TeamingReviewSettlement settlement) {
		this.sessions = sessions;
		this.findings = findings;
		this.initiatives = initiatives;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
		this.permissions = permissions;
		this.settlement = settlement;
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
		if (!finding.owner().equals(by) && !this.permissions.isAdmin(by)) {
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
		this.settlement.settle(key, latestSession(key).orElse(session));
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
		if (!finding.owner().equals(by) && !initiative.get().ownerId().equals(by) && !this.permissions.isAdmin(by)) {
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

	private Optional<TeamingSession> latestSession(String key) {
		return this.sessions.findFirstByInitiativeKeyOrderByIdDesc(key);
	}

}
