package io.violet.teaming.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface TeamingSessionRepository extends JpaRepository<TeamingSession, Long> {

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from TeamingSession s where s.id = ?1")
	Optional<TeamingSession> lockById(long id);

	Optional<TeamingSession> findFirstByInitiativeKeyOrderByIdDesc(String initiativeKey);

	Optional<TeamingSession> findByOpenKey(String openKey);

	List<TeamingSession> findByStateOrderByIdDesc(TeamingSession.State state);

	List<TeamingSession> findTop50ByOrderByIdDesc();

	@Query("select s.id from TeamingSession s where s.state = ?1 and s.nudgeAt <= ?2 order by s.id")
	List<Long> idsDueForReminders(TeamingSession.State state, Instant now);

}
