package io.violet.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface Incidents extends JpaRepository<Incident, Long> {

	// a single read needs no transaction: joins one when there is, else reads with
	// auto-commit (spares the pool two round trips of switching auto-commit)
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@Override
	Optional<Incident> findById(Long id);

	Optional<Incident> findByChannelId(String channelId);

	Optional<Incident> findByReportKey(String reportKey);

	Optional<Incident> findBySessionKey(String sessionKey);

	List<Incident> findByClosedAtIsNullAndArchivedFalseOrderByIdDesc();

	List<Incident> findByInitiativeKeyAndDrillFalseOrderByIdAsc(String initiativeKey);

	@Query("select i from Incident i where i.nextStatusReminderAt <= ?1 and i.status <> io.violet.incident.IncidentStatus.RESOLVED")
	List<Incident> statusRemindersDue(Instant now);

	@Query("select i from Incident i where i.archiveDueAt <= ?1 and i.archived = false")
	List<Incident> archivesDue(Instant now);

}

interface IncidentMembers extends JpaRepository<IncidentMember, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<IncidentMember> findByIncidentIdOrderByIdAsc(long incidentId);

	Optional<IncidentMember> findByIncidentIdAndUserId(long incidentId, String userId);

	List<IncidentMember> findByUserIdAndIncidentIdIn(String userId, Collection<Long> incidentIds);

}

interface ChecklistItems extends JpaRepository<ChecklistItem, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<ChecklistItem> findByIncidentIdOrderByPositionAsc(long incidentId);

}

interface TimelineEntries extends JpaRepository<TimelineEntry, Long> {

	List<TimelineEntry> findByIncidentIdOrderByOccurredAtAscIdAsc(long incidentId);

}

interface RegulatoryClocks extends JpaRepository<RegulatoryClock, Long> {

	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	List<RegulatoryClock> findByIncidentIdOrderByIdAsc(long incidentId);

	List<RegulatoryClock> findByState(RegulatoryClock.State state);

}

interface PostMortemActions extends JpaRepository<PostMortemAction, Long> {

	List<PostMortemAction> findByIncidentIdOrderByPositionAsc(long incidentId);

}
