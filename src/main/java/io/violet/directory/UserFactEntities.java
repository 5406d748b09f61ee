package io.violet.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserFactEntities extends JpaRepository<UserFactEntity, String> {

}
