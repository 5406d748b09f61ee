package io.violet.incident.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.incident.Incident;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

public interface IncidentRepository extends JpaRepository<Incident, Long> {

	// a single read needs no transaction: joins one when there is, else reads with
	// auto-commit (spares the pool two round trips of switching auto-commit)
	@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
	@Override
	Optional<Incident> findById(Long id);

	@Query("select i from Incident i where i.warRoom.channelId = ?1")
	Optional<Incident> findByChannelId(String channelId);

	@Query("select i from Incident i where i.details.reportKey = ?1")
	Optional<Incident> findByReportKey(String reportKey);

	Optional<Incident> findBySessionKey(String sessionKey);

	List<Incident> findByClosedAtIsNullAndArchivedFalseOrderByIdDesc();

	@Query("select i from Incident i where i.details.initiativeKey = ?1 and i.drill = false order by i.id asc")
	List<Incident> findByInitiativeKeyAndDrillFalseOrderByIdAsc(String initiativeKey);

	@Query("select i from Incident i where i.reminders.nextStatusReminderAt <= ?1 and i.status <> io.violet.incident.IncidentStatus.RESOLVED")
	List<Incident> statusRemindersDue(Instant now);

	@Query("select i from Incident i where i.archiveDueAt <= ?1 and i.archived = false")
	List<Incident> archivesDue(Instant now);

}
