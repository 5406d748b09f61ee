package io.violet.initiative;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Everything about an initiative, for its card and for the modules that route work by its
 * attributes.
 *
 * @param key e.g. {@code AI-7}
 * @param name its name as typed
 * @param description its description as typed, may be empty
 * @param ownerId the owner's Slack user id
 * @param riskTier its EU AI Act tier
 * @param stage where it stands
 * @param attributes what it does
 * @param createdBy who created it
 * @param createdAt when
 * @param channelId the channel of its thread, null until posted
 * @param threadTs the thread's parent ts, null until posted
 */
public record InitiativeDetails(String key, String name, String description, String ownerId, RiskTier riskTier,
		Stage stage, Set<Attribute> attributes, String createdBy, Instant createdAt, @Nullable String channelId,
		@Nullable String threadTs) {

	public boolean has(Attribute attribute) {
		return this.attributes.contains(attribute);
	}

	public InitiativeSummary summary() {
		return new InitiativeSummary(this.key, this.name, this.ownerId, this.riskTier.key(), this.stage.key(),
				has(Attribute.PERSONAL_DATA), has(Attribute.EMPLOYMENT), has(Attribute.AFFECTS_PEOPLE));
	}

}
