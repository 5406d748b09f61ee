package io.violet.followup.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpRepository extends JpaRepository<FollowUpItem, Long> {

	Optional<FollowUpItem> findBySourceKey(String sourceKey);

	Optional<FollowUpItem> findByTrackerKindAndTrackerRef(String trackerKind, String trackerRef);

	@Query("select f.id from FollowUpItem f where f.done = false and f.trackerRef is null order by f.id")
	List<Long> idsOpenWithoutIssue();

	@Query("select f from FollowUpItem f where f.trackerKind = ?1 and f.trackerRef is not null "
			+ "and (f.done = false or f.closedAt >= ?2) order by f.id")
	List<FollowUpItem> linkedTo(String trackerKind, Instant closedSince);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from FollowUpItem f where f.id = ?1")
	Optional<FollowUpItem> lockById(long id);

	List<FollowUpItem> findByOwnerIdAndDoneFalseOrderByDueOnAscIdAsc(String ownerId);

	List<FollowUpItem> findByDoneFalseOrderByDueOnAscIdAsc();

	List<FollowUpItem> findByInitiativeKeyOrderByDoneAscDueOnAscIdAsc(String initiativeKey);

	List<FollowUpItem> findByIncidentIdOrderByIdAsc(long incidentId);

	List<FollowUpItem> findByIncidentIdInOrderByIdAsc(Collection<Long> incidentIds);

	List<FollowUpItem> findBySourceAndInitiativeKeyAndSourceKeyStartingWithAndDoneFalse(
			io.violet.followup.FollowUpSource source, String initiativeKey, String sourceKeyPrefix);

	@Query("select count(f) from FollowUpItem f where f.initiativeKey = ?1 and f.done = ?2 and f.privateIncident = false")
	long countPublic(String initiativeKey, boolean done);

	@Query("select count(f) from FollowUpItem f where f.initiativeKey = ?1 and f.done = false and f.privateIncident = false "
			+ "and f.severity in (io.violet.followup.FollowUpSeverity.HIGH, io.violet.followup.FollowUpSeverity.CRITICAL)")
	long countPublicBlocking(String initiativeKey);

	@Query("select count(f) from FollowUpItem f where f.incidentId = ?1 and f.done = ?2")
	long countForIncident(long incidentId, boolean done);

	@Query("select f from FollowUpItem f where f.initiativeKey = ?1 and f.done = false "
			+ "and f.severity in (io.violet.followup.FollowUpSeverity.HIGH, io.violet.followup.FollowUpSeverity.CRITICAL) order by f.id")
	List<FollowUpItem> blocking(String initiativeKey);

	/**
	 * Open follow-ups whose due date is near or past, for the reminder sweep.
	 */
	@Query("select f.id from FollowUpItem f where f.done = false and f.dueOn is not null and f.dueOn <= ?1 order by f.id")
	List<Long> idsDueBy(LocalDate latest);

	@Query("select f.id from FollowUpItem f where f.done = false and f.snoozedUntil is not null and f.snoozedUntil <= ?1 order by f.id")
	List<Long> idsSnoozedUntil(Instant now);

}
