package io.violet.training;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.violet.audit.AuditTrail;
import io.violet.training.internal.TopicEntity;
import io.violet.training.internal.TopicRepository;

import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training catalog: built-in topics and those admins add or edit.
 */
@Service
public class Catalog {

	private final TopicRepository topics;

	private final AuditTrail audit;

	private final Clock clock;

	Catalog(TopicRepository topics, AuditTrail audit, Clock clock) {
		this.topics = topics;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every topic, built-in ones first in their seeded order, then by key.
	 * @return the topics
	 */
	@Transactional(readOnly = true)
	public List<Topic> all() {
		return this.topics.findAll(Sort.by("key")).stream().map(TopicEntity::toTopic).toList();
	}

	@Transactional(readOnly = true)
	public Optional<Topic> find(String key) {
		return this.topics.findById(key.trim().toLowerCase(java.util.Locale.ROOT)).map(TopicEntity::toTopic);
	}

	/**
	 * Adds a topic or revises an existing one.
	 * @param draft the checked topic
	 * @param by the admin
	 * @return the topic as saved
	 */
	@Transactional
	public Topic save(TopicDraft draft, String by) {
		Optional<TopicEntity> existing = this.topics.findById(draft.key());
		TopicEntity entity = existing.orElseGet(() -> new TopicEntity(draft.key(), this.clock.instant(), by));
		entity.revise(draft, this.clock.instant(), by);
		this.topics.save(entity);
		this.audit.record(by, existing.isPresent() ? "training.topic-edited" : "training.topic-added",
				"topic:" + draft.key(),
				draft.title() + " (audience " + draft.audience() + ", " + draft.cadence().key() + ")");
		return entity.toTopic();
	}

}
