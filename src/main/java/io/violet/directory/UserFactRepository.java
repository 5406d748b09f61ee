package io.violet.directory;

import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface UserFactRepository extends JpaRepository<UserFactEntity, String> {

	// a user_change delivered to two replicas at once: one of them sees the change from
	// active to deactivated, so the user's roles are ended (and admins told) once
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select f from UserFactEntity f where f.userId = ?1")
	Optional<UserFactEntity> lockById(String userId);

}
