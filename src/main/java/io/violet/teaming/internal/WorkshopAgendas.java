package io.violet.teaming.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;
import io.violet.training.AgendaItem;
import io.violet.training.WorkshopAgendaChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the agenda of a session's workshop ({@code --meet}) on the training side equal to
 * the session's open findings, the agenda its card shows. The agenda is told to the
 * training module by event, as facts (label, text, lens, severity) that it renders its
 * own way, whenever it may have changed: a finding raised or closed, the workshop
 * arranged.
 * <p>
 * Each agenda is read with the session's row locked, after the change that called for it
 * has committed, and carries the session's version (raised by every change of its
 * findings) as its revision: of two agendas handled out of order, the training module
 * keeps the newer one, and the newer one has seen every earlier change.
 */
@Component
class WorkshopAgendas {

	private final TeamingSessionRepository sessions;

	private final TeamingFindingRepository findings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WorkshopAgendas(TeamingSessionRepository sessions, TeamingFindingRepository findings,
			ApplicationEventPublisher events, Clock clock) {
		this.sessions = sessions;
		this.findings = findings;
		this.events = events;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FindingRaised event) {
		this.sessions.lockById(event.sessionId()).ifPresent(this::tell);
	}

	@ApplicationModuleListener
	void on(FindingResolved event) {
		this.sessions.lockById(event.sessionId()).ifPresent(this::tell);
	}

	/**
	 * Tells the training module the agenda of a session's workshop, when it has one that
	 * is still ahead.
	 * @param session the session, its row locked by the caller
	 */
	void tell(TeamingSession session) {
		Instant meetAt = SessionReader.meetAt(session);
		String workshop = session.workshopKey();
		if (workshop == null || meetAt == null || !meetAt.isAfter(this.clock.instant())) {
			return;
		}
		List<AgendaItem> agenda = this.findings.findBySessionIdOrderByNumberAsc(session.id())
			.stream()
			.filter(FindingEntity::open)
			.map(FindingEntity::view)
			.map((f) -> new AgendaItem(f.label(), f.text(), f.lens().title(), f.severity().key()))
			.toList();
		this.events.publishEvent(new WorkshopAgendaChanged(workshop, session.version(), agenda));
	}

}
