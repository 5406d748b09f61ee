package io.violet.training.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.violet.directory.Directory;
import io.violet.training.SessionKey;
import io.violet.training.SessionStatus;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations that go out after a schedule command was answered: the owners of the
 * session's roles and all staff, each invited and their invite queued. Thousands of
 * invitation and message rows take longer than Slack gives a command.
 */
@Component
class InvitationFanOut {

	private final SessionRepository sessions;

	private final Invitations invitations;

	private final Deliveries deliveries;

	private final Directory directory;

	InvitationFanOut(SessionRepository sessions, Invitations invitations, Deliveries deliveries, Directory directory) {
		this.sessions = sessions;
		this.invitations = invitations;
		this.deliveries = deliveries;
		this.directory = directory;
	}

	/**
	 * Invites the owners of a newly scheduled session's roles and queues its tracker and
	 * every invite. Running it again adds nothing (the invitation and message rows are
	 * unique); an occurrence of a series has its invitations copied when it is created,
	 * and a cancelled session invites no one.
	 * @param sessionId the session
	 */
	@Transactional
	void inviteRoleOwners(long sessionId) {
		Optional<SessionEntity> found = this.sessions.findById(sessionId);
		if (found.isEmpty() || found.get().status() != SessionStatus.SCHEDULED) {
			return;
		}
		SessionEntity entity = found.get();
		if (entity.seriesId() == sessionId) {
			this.invitations.invite(sessionId, roleOwners(entity));
		}
		queueTrackerAndInvites(entity);
	}

	/**
	 * Adds invitees found after scheduling (all staff); their invites are queued too.
	 * @param sessionId the session
	 * @param users the users
	 * @return how many were new
	 */
	@Transactional
	int addInvitees(long sessionId, List<String> users) {
		int added = this.invitations.invite(sessionId, users);
		this.deliveries.queue(DeliveryKind.INVITE, sessionId, users, new SessionKey(sessionId).text());
		return added;
	}

	/**
	 * The present owners of a session's roles.
	 * @param entity the session
	 * @return their user ids, each once
	 */
	Set<String> roleOwners(SessionEntity entity) {
		Set<String> owners = new LinkedHashSet<>();
		entity.toSession().roles().forEach((role) -> owners.addAll(this.directory.ownerIds(role)));
		return owners;
	}

	/**
	 * Queues the organiser's tracker and an invite for everyone invited so far.
	 * @param entity the session
	 */
	void queueTrackerAndInvites(SessionEntity entity) {
		long id = entity.id();
		List<String> invitees = this.invitations.of(id).stream().map(Invitations.Invitee::userId).toList();
		this.deliveries.queue(DeliveryKind.TRACKER, id, List.of(entity.organiser()), new SessionKey(id).text());
		this.deliveries.queue(DeliveryKind.INVITE, id, invitees, new SessionKey(id).text());
	}

}
