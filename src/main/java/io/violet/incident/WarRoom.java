package io.violet.incident;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.jspecify.annotations.Nullable;

/**
 * How far an incident's war room is: its channel, the setup step reached, and the
 * messages Violet posted there (kept to edit them, never to post them twice). Columns of
 * the incident's own table.
 */
@Embeddable
public class WarRoom {

	private @Nullable String channelName;

	private int channelAttempts;

	private @Nullable String channelId;

	@Enumerated(EnumType.STRING)
	private SetupStep setupStep = SetupStep.DECLARED;

	private @Nullable String setupProblem;

	private @Nullable String lastTopic;

	private @Nullable String summaryTs;

	private @Nullable String clocksTs;

	private @Nullable String announcementTs;

	private @Nullable Instant checklistPinnedAt;

	@Nullable String channelName() {
		return this.channelName;
	}

	int channelAttempts() {
		return this.channelAttempts;
	}

	@Nullable String channelId() {
		return this.channelId;
	}

	SetupStep setupStep() {
		return this.setupStep;
	}

	@Nullable String setupProblem() {
		return this.setupProblem;
	}

	@Nullable String lastTopic() {
		return this.lastTopic;
	}

	@Nullable String summaryTs() {
		return this.summaryTs;
	}

	@Nullable String clocksTs() {
		return this.clocksTs;
	}

	@Nullable String announcementTs() {
		return this.announcementTs;
	}

	@Nullable Instant checklistPinnedAt() {
		return this.checklistPinnedAt;
	}

	public void tryChannelName(String name) {
		this.channelName = name;
		this.channelAttempts++;
	}

	public void channelCreated(String channelId, String name) {
		this.channelId = channelId;
		this.channelName = name;
		advanceTo(SetupStep.CHANNEL);
	}

	public void advanceTo(SetupStep step) {
		if (step.ordinal() > this.setupStep.ordinal() || this.setupStep == SetupStep.FAILED) {
			this.setupStep = step;
		}
		if (step == SetupStep.DONE) {
			this.setupProblem = null;
		}
	}

	public void setupFailed(String problem) {
		this.setupStep = SetupStep.FAILED;
		this.setupProblem = problem;
	}

	public void topicSet(String topic) {
		this.lastTopic = topic;
	}

	public void summaryPosted(String ts) {
		this.summaryTs = ts;
	}

	public void checklistPinned(Instant at) {
		if (this.checklistPinnedAt == null) {
			this.checklistPinnedAt = at;
		}
	}

	public void clocksPosted(String ts) {
		this.clocksTs = ts;
	}

	public void announced(String ts) {
		this.announcementTs = ts;
	}

}
