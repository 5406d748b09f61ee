package io.violet.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.training.SessionStatus;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {

	List<SessionEntity> findByStatusAndStartsAtAfterOrderByStartsAtAsc(SessionStatus status, Instant after);

	Optional<SessionEntity> findBySeriesIdAndStartsAt(Long seriesId, Instant startsAt);

	List<SessionEntity> findBySeriesIdOrderByStartsAtAsc(Long seriesId);

	List<SessionEntity> findBySeriesIdAndStatusAndStartsAtAfter(Long seriesId, SessionStatus status, Instant after);

}
