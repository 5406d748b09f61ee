package io.violet.teaming.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamingAnswerRepository extends JpaRepository<Answer, Long> {

	List<Answer> findByLensIdOrderByIdAsc(long lensId);

}
