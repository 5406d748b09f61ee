package io.violet.review.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.violet.review.ReviewKind;
import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReviewRepository extends JpaRepository<Review, Long> {

	Optional<Review> findByInitiativeKeyAndKind(String initiativeKey, ReviewKind kind);

	List<Review> findByInitiativeKeyOrderByIdAsc(String initiativeKey);

	List<Review> findByStateOrderByDueAtAsc(Review.State state);

	@Query("select r.id from Review r where r.state = :state and r.nudgeAt <= :now order by r.id")
	List<Long> idsDueForReminders(@Param("state") Review.State state, @Param("now") Instant now);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Review r where r.id = :id")
	Optional<Review> lockById(@Param("id") long id);

}
