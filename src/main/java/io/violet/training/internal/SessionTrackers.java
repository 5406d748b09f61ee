package io.violet.training.internal;

import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where each session's tracker is: the organiser's message that shows who answered,
 * redrawn as answers come in.
 */
@Service
public class SessionTrackers {

	private final SessionRepository sessions;

	SessionTrackers(SessionRepository sessions) {
		this.sessions = sessions;
	}

	/**
	 * Where the tracker is, once posted.
	 * @param sessionId the session
	 * @return channel and ts
	 */
	@Transactional(readOnly = true)
	public Optional<Deliveries.SentMessage> of(long sessionId) {
		return this.sessions.findById(sessionId)
			.filter((s) -> s.trackerTs() != null)
			.map((s) -> new Deliveries.SentMessage(String.valueOf(s.trackerChannel()), String.valueOf(s.trackerTs())));
	}

	/**
	 * Records where the tracker was posted.
	 * @param sessionId the session
	 * @param channelId the channel
	 * @param ts the message
	 */
	@Transactional
	public void postedAt(long sessionId, String channelId, String ts) {
		this.sessions.findById(sessionId).ifPresent((s) -> s.trackedAt(channelId, ts));
	}

}
