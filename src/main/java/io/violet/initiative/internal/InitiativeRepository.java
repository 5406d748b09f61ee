package io.violet.initiative.internal;

import java.util.List;

import io.violet.initiative.Stage;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InitiativeRepository extends JpaRepository<Initiative, Long> {

	List<Initiative> findByStageNotOrderByIdDesc(Stage stage);

	List<Initiative> findByOwnerIdOrderByIdDesc(String ownerId);

	@Modifying
	@Query("update Initiative i set i.channelId = :channel, i.threadTs = :ts, i.anchorClaimedAt = null where i.id = :id")
	int anchor(@Param("id") long id, @Param("channel") String channel, @Param("ts") String ts);

}
