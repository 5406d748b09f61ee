package io.violet.teaming.internal;

import java.util.List;

import io.violet.teaming.Lens;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamingParticipantRepository extends JpaRepository<Participant, Long> {

	List<Participant> findBySessionIdOrderByIdAsc(long sessionId);

	List<Participant> findBySessionIdAndLensOrderByIdAsc(long sessionId, Lens lens);

	boolean existsBySessionIdAndLensAndUserId(long sessionId, Lens lens, String userId);

}
