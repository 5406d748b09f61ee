package io.violet.training.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.violet.directory.Role;
import io.violet.training.Cadence;
import io.violet.training.Topic;
import io.violet.training.TopicDraft;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "training_topic")
public class TopicEntity {

	@Id
	@Column(name = "topic_key")
	private String key;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String description;

	@Column(nullable = false)
	private String audience;

	@Column(nullable = false)
	private String cadence;

	@Column(name = "due_on_joining", nullable = false)
	private boolean dueOnJoining;

	@Column(nullable = false)
	private String source;

	@Column(name = "built_in", nullable = false)
	private boolean builtIn;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	protected TopicEntity() {
		this.key = "";
		this.title = "";
		this.description = "";
		this.audience = "";
		this.cadence = "yearly";
		this.source = "";
		this.updatedAt = Instant.EPOCH;
		this.updatedBy = "";
	}

	public TopicEntity(String key, Instant at, String by) {
		this();
		this.key = key;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public void revise(TopicDraft draft, Instant at, String by) {
		this.title = draft.title();
		this.description = draft.description();
		this.audience = draft.audience();
		this.cadence = draft.cadence().key();
		this.dueOnJoining = draft.dueOnJoining();
		this.source = draft.source();
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public String key() {
		return this.key;
	}

	public Topic toTopic() {
		boolean allStaff = Topic.ALL_STAFF.equals(this.audience);
		List<Role> roles = allStaff ? List.of()
				: Arrays.stream(this.audience.split(","))
					.map(Role::fromKey)
					.flatMap(java.util.Optional::stream)
					.toList();
		Cadence cadence = Cadence.parse(this.cadence).orElseGet(() -> Cadence.parse("yearly").orElseThrow());
		return new Topic(this.key, this.title, this.description, allStaff, roles, cadence, this.dueOnJoining,
				this.source, this.builtIn);
	}

}
