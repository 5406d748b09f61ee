package io.violet.training;

/**
 * Where a session stands.
 */
public enum SessionStatus {

	SCHEDULED, CANCELLED,
	/** A drill whose room is open. */
	DRILL_OPENED,
	/** A drill whose room could not be opened (no drill service). */
	DRILL_NOT_OPENABLE

}
