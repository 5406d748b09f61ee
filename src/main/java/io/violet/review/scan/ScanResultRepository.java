package io.violet.review.scan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScanResultRepository extends JpaRepository<ScanResult, Long> {

	Optional<ScanResult> findByReportedByAndIdempotencyKey(String reportedBy, String idempotencyKey);

	List<ScanResult> findByInitiativeKeyOrderByRecordedAtDescIdDesc(String initiativeKey);

}
