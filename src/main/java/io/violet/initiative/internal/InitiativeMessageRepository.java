package io.violet.initiative.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InitiativeMessageRepository extends JpaRepository<InitiativeMessage, Long> {

	boolean existsByInitiativeIdAndMessageKey(long initiativeId, String messageKey);

	List<InitiativeMessage> findByInitiativeIdAndPostedAtIsNullOrderByIdAsc(long initiativeId);

	List<InitiativeMessage> findByInitiativeIdOrderByIdAsc(long initiativeId);

	@Query("select distinct m.initiativeId from InitiativeMessage m where m.postedAt is null and m.createdAt < :before")
	List<Long> initiativesWithPendingBefore(@Param("before") Instant before);

	@Modifying
	@Query("update InitiativeMessage m set m.postedAt = :now, m.channelId = :channel, m.ts = :ts where m.id = :id")
	int posted(@Param("id") long id, @Param("now") Instant now, @Param("channel") String channel,
			@Param("ts") String ts);

}
