package io.violet.training.internal;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import io.violet.training.Cadence;
import io.violet.training.Session;
import io.violet.training.SessionKey;
import io.violet.training.SessionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar files of sessions: what each says, for whoever holds the secret of its
 * link.
 */
@Service
public class SessionCalendar {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SessionRepository sessions;

	private final Clock clock;

	SessionCalendar(SessionRepository sessions, Clock clock) {
		this.sessions = sessions;
		this.clock = clock;
	}

	/**
	 * A new secret for a session's calendar link.
	 * @return 24 random bytes, URL-safe
	 */
	public static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * What the calendar file of a session says, for whoever holds its token.
	 * @param id the session
	 * @param token the secret of its calendar link
	 * @return the entry, empty when there is no such session or the token is wrong
	 */
	@Transactional(readOnly = true)
	public Optional<CalendarEntry> entry(long id, String token) {
		Optional<SessionEntity> found = this.sessions.findById(id)
			.filter((s) -> MessageDigest.isEqual(s.toSession().calendarToken().getBytes(), token.getBytes()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		SessionEntity entity = found.get();
		Session session = entity.toSession();
		Duration duration = Duration.between(session.startsAt(), session.endsAt());
		Optional<Cadence> cadence = Optional.ofNullable(session.recurrence()).flatMap(Cadence::parse);
		if (cadence.isEmpty()) {
			return Optional.of(new CalendarEntry(session,
					session.key() + "-" + session.startsAt().getEpochSecond() + "@violet", entity.calendarSequence(),
					session.startsAt(), duration, null, null, List.of(), session.cancelled()));
		}
		List<SessionEntity> series = this.sessions.findBySeriesIdOrderByStartsAtAsc(entity.seriesId());
		if (series.isEmpty()) {
			series = List.of(entity);
		}
		SessionEntity first = series.get(0);
		boolean stopped = first.status() == SessionStatus.CANCELLED;
		// cancelling a later occurrence also marks a first occurrence that already took
		// place as cancelled (that is what stops the series): it still happened
		boolean firstHappened = stopped && first.startsAt().isBefore(this.clock.instant())
				&& series.stream().skip(1).anyMatch((s) -> s.status() == SessionStatus.CANCELLED);
		List<Instant> exceptions = series.stream()
			.filter((s) -> s.status() == SessionStatus.CANCELLED && !(s == first && firstHappened))
			.map(SessionEntity::startsAt)
			.toList();
		int sequence = series.stream().mapToInt(SessionEntity::calendarSequence).sum();
		Instant until = stopped ? series.get(series.size() - 1).startsAt() : null;
		return Optional.of(new CalendarEntry(session, new SessionKey(first.id()).text() + "-series@violet", sequence,
				first.startsAt(), duration, cadence.get(), until, exceptions, exceptions.size() == series.size()));
	}

}
