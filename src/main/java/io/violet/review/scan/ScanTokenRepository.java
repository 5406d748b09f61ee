package io.violet.review.scan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ScanTokenRepository extends JpaRepository<ScanToken, Long> {

	Optional<ScanToken> findByActiveName(String activeName);

	Optional<ScanToken> findByTokenHash(String tokenHash);

	List<ScanToken> findByActiveNameIsNotNullOrderByNameAsc();

}
