package io.violet.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleMembers extends JpaRepository<RoleMember, Long> {

	List<RoleMember> findByRoleKeyOrderByPositionAscIdAsc(String roleKey);

	List<RoleMember> findByUserId(String userId);

	@Query("select coalesce(max(m.position), -1) from RoleMember m where m.roleKey = ?1")
	int maxPosition(String roleKey);

}
