package io.violet.audit;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEntryRepository extends JpaRepository<AuditEntry, Long> {

	Page<AuditEntry> findByOccurredAtGreaterThanEqual(Instant since, Pageable pageable);

	List<AuditEntry> findBySubjectOrderByOccurredAtAscIdAsc(String subject);

}
