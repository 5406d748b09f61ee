package io.violet.training;

/**
 * What a session is.
 */
public enum SessionKind {

	/** A catalog topic. */
	TRAINING("Training"),
	/** An ad-hoc interdisciplinary workshop. */
	WORKSHOP("Workshop"),
	/** An incident-response drill. */
	DRILL("Drill");

	private final String label;

	SessionKind(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
