package io.violet.initiative.bom;

import org.springframework.data.jpa.repository.JpaRepository;

interface BomExports extends JpaRepository<BomExport, Long> {

}
