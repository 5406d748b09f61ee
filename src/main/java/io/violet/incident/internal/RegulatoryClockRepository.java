package io.violet.incident.internal;

import java.util.List;

import io.violet.incident.RegulatoryClock;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface RegulatoryClockRepository extends JpaRepository<RegulatoryClock, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<RegulatoryClock> findByIncidentIdOrderByIdAsc(long incidentId);

	List<RegulatoryClock> findByState(RegulatoryClock.State state);

}
