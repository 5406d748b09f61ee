package io.violet.incident;

/**
 * How far a war room's setup has come; each step is done at most once, in this order.
 */
public enum SetupStep {

	DECLARED, CHANNEL, TOPIC, INVITES, CHECKLIST, PINNED, CLOCKS, SCENARIO, DONE, FAILED;

	public boolean reached(SetupStep step) {
		return this != FAILED && ordinal() >= step.ordinal();
	}

}
