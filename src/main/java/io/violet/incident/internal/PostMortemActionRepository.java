package io.violet.incident.internal;

import java.util.List;

import io.violet.incident.PostMortemAction;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PostMortemActionRepository extends JpaRepository<PostMortemAction, Long> {

	List<PostMortemAction> findByIncidentIdOrderByPositionAsc(long incidentId);

}
