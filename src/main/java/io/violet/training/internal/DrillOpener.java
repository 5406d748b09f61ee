package io.violet.training.internal;

import java.util.List;
import java.util.Optional;

import io.violet.audit.Actor;
import io.violet.audit.AuditTrail;
import io.violet.incident.Drills;
import io.violet.training.Rsvp;
import io.violet.training.Session;
import io.violet.training.TrainingSessions;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a drill's room at the drill's time through the incident module's {@link Drills}.
 */
@Service
public class DrillOpener {

	private final SessionRepository sessions;

	private final TrainingSessions trainingSessions;

	private final ObjectProvider<Drills> drills;

	private final Deliveries deliveries;

	private final AuditTrail audit;

	DrillOpener(SessionRepository sessions, TrainingSessions trainingSessions, ObjectProvider<Drills> drills,
			Deliveries deliveries, AuditTrail audit) {
		this.sessions = sessions;
		this.trainingSessions = trainingSessions;
		this.drills = drills;
		this.deliveries = deliveries;
		this.audit = audit;
	}

	/**
	 * Opens the room; a drill already opened is left alone, and {@link Drills#open} is
	 * idempotent per session should this run twice.
	 * @param sessionId the drill session
	 * @return the drill as it stands afterwards
	 */
	@Transactional
	public Optional<Session> open(long sessionId) {
		Optional<SessionEntity> found = this.sessions.findById(sessionId);
		if (found.isEmpty() || !found.get().isScheduled()) {
			return found.map(SessionEntity::toSession);
		}
		SessionEntity entity = found.get();
		Session drill = entity.toSession();
		Drills service = this.drills.getIfAvailable();
		if (service == null) {
			entity.drillNotOpenable("Violet's incident module is not available, so no drill room could be opened.");
			this.audit.record(Actor.VIOLET, "training.drill-not-opened", "session:" + drill.key(),
					"no incident drill service");
			this.deliveries.queue(DeliveryKind.DRILL_NOT_OPENED, sessionId, List.of(drill.organiser()), drill.key());
			return Optional.of(entity.toSession());
		}
		List<String> participants = this.trainingSessions.invitees(sessionId)
			.stream()
			.filter((i) -> i.rsvp() != Rsvp.NOT_GOING)
			.map(TrainingSessions.InviteeAnswer::userId)
			.toList();
		Drills.DrillRoom room = service.open(new Drills.DrillRequest(drill.key(), String.valueOf(drill.incidentType()),
				drill.organiser(), participants, drill.startsAt()));
		entity.drillOpened(room.incidentId(), room.channelId());
		this.audit.record(Actor.VIOLET, "training.drill-opened", "session:" + drill.key(),
				"incident " + room.incidentId() + (room.channelId().isEmpty() ? "" : " in " + room.channelId()));
		return Optional.of(entity.toSession());
	}

}
