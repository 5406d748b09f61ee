package io.violet.incident.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface IncidentMemberRepository extends JpaRepository<IncidentMember, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<IncidentMember> findByIncidentIdOrderByIdAsc(long incidentId);

	Optional<IncidentMember> findByIncidentIdAndUserId(long incidentId, String userId);

	List<IncidentMember> findByUserIdAndIncidentIdIn(String userId, Collection<Long> incidentIds);

}
