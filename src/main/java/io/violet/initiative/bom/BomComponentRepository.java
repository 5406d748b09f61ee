package io.violet.initiative.bom;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface BomComponentRepository extends JpaRepository<BomComponent, Long> {

	List<BomComponent> findByInitiativeKeyOrderByKindAscNameAscVersionAsc(String initiativeKey);

	Optional<BomComponent> findByInitiativeKeyAndNameAndVersion(String initiativeKey, String name, String version);

	long countByInitiativeKey(String initiativeKey);

	List<BomComponent> findByNameOrderByInitiativeKeyAscVersionAsc(String name);

	List<BomComponent> findByNameAndVersionOrderByInitiativeKeyAsc(String name, String version);

}
