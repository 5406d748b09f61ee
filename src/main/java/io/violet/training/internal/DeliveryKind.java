package io.violet.training.internal;

/**
 * The kinds of message a delivery row stands for.
 */
public enum DeliveryKind {

	/** The invitation with Going / Can't go and calendar links. */
	INVITE,
	/** The organiser's live view of the answers. */
	TRACKER,
	/** 24 hours before. */
	REMINDER_24H,
	/** 1 hour before. */
	REMINDER_1H,
	/** The session was cancelled. */
	CANCELLED,
	/** A topic became due (e.g. on becoming an ai-operator). */
	DUE,
	/** The weekly overdue digest. */
	DIGEST,
	/** A drill room could not be opened: tell the organiser. */
	DRILL_NOT_OPENED

}
