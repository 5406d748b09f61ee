package io.violet.training;

import org.springframework.data.jpa.repository.JpaRepository;

interface Topics extends JpaRepository<TopicEntity, String> {

}
