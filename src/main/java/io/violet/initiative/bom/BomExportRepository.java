package io.violet.initiative.bom;

import org.springframework.data.jpa.repository.JpaRepository;

interface BomExportRepository extends JpaRepository<BomExport, Long> {

}
