package io.violet.incident.internal;

import java.util.List;

import io.violet.incident.ChecklistItem;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<ChecklistItem> findByIncidentIdOrderByPositionAsc(long incidentId);

}
