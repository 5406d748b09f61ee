package io.violet.training.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.training.SessionStatus;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface SessionRepository extends JpaRepository<SessionEntity, Long> {

	List<SessionEntity> findByStatusAndStartsAtAfterOrderByStartsAtAsc(SessionStatus status, Instant after);

	Optional<SessionEntity> findBySeriesIdAndStartsAt(Long seriesId, Instant startsAt);

	List<SessionEntity> findBySeriesIdOrderByStartsAtAsc(Long seriesId);

	List<SessionEntity> findBySeriesIdAndStatusAndStartsAtAfter(Long seriesId, SessionStatus status, Instant after);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from SessionEntity s where s.id = ?1")
	Optional<SessionEntity> lockById(long id);

}
