package io.violet.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RoleMemberRepository extends JpaRepository<RoleMember, Long> {

	List<RoleMember> findByRoleKeyOrderByPositionAscIdAsc(String roleKey);

	List<RoleMember> findByUserId(String userId);

	// ids only: a role of thousands of owners read as entities costs more than the ack
	// of the command that reads it may take
	@Query("select m.userId from RoleMember m where m.roleKey = ?1 and m.kind = ?2 order by m.position, m.id")
	List<String> userIds(String roleKey, RoleMember.Kind kind);

	// a query of its own, planned once: findAll(Sort) builds a fresh criteria query per
	// call, and every declaration reads the whole directory
	@Query("select m from RoleMember m order by m.position, m.id")
	List<RoleMember> findAllInOrder();

	@Query("select coalesce(max(m.position), -1) from RoleMember m where m.roleKey = ?1")
	int maxPosition(String roleKey);

}
