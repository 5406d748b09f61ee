package io.violet.review.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SignoffRepository extends JpaRepository<Signoff, Long> {

	List<Signoff> findByReviewIdOrderByIdAsc(long reviewId);

	List<Signoff> findByReviewIdInOrderByIdAsc(List<Long> reviewIds);

}
