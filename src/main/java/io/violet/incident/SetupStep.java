package io.violet.incident;

/**
 * How far a war room's setup has come. Setup now records {@code CHANNEL} once the room
 * exists and {@code DONE} (or {@code FAILED}) at the end; which Slack effects in between
 * happened is the Slack job's record. The steps in between are kept because rooms set up
 * by earlier releases may still be at one of them.
 */
public enum SetupStep {

	DECLARED, CHANNEL, TOPIC, INVITES, CHECKLIST, PINNED, CLOCKS, SCENARIO, DONE, FAILED;

	public boolean reached(SetupStep step) {
		return this != FAILED && ordinal() >= step.ordinal();
	}

}
