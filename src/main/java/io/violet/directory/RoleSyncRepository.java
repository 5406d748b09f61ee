package io.violet.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface RoleSyncRepository extends JpaRepository<RoleSyncEntity, String> {

	List<RoleSyncEntity> findByUserGroup(String userGroup);

}
