package io.violet.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<TopicEntity, String> {

}
