package io.violet.teaming.internal;

import java.util.List;
import java.util.Optional;

import io.violet.teaming.Lens;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamingLensRepository extends JpaRepository<LensSheet, Long> {

	List<LensSheet> findBySessionIdOrderByIdAsc(long sessionId);

	List<LensSheet> findBySessionIdInOrderByIdAsc(List<Long> sessionIds);

	Optional<LensSheet> findBySessionIdAndLens(long sessionId, Lens lens);

}
