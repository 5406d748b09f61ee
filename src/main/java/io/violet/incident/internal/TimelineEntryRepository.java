package io.violet.incident.internal;

import java.util.List;

import io.violet.incident.TimelineEntry;

import org.springframework.data.jpa.repository.JpaRepository;

public interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByIncidentIdOrderByOccurredAtAscIdAsc(long incidentId);

}
