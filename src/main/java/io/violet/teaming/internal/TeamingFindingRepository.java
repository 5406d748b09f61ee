package io.violet.teaming.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamingFindingRepository extends JpaRepository<FindingEntity, Long> {

	List<FindingEntity> findByInitiativeKeyOrderByNumberAsc(String initiativeKey);

	List<FindingEntity> findBySessionIdOrderByNumberAsc(long sessionId);

	Optional<FindingEntity> findByInitiativeKeyAndNumber(String initiativeKey, int number);

	@Query("select coalesce(max(f.number), 0) from FindingEntity f where f.initiativeKey = ?1")
	int maxNumber(String initiativeKey);

}
