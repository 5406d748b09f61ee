package io.violet.training;

/**
 * An invitee's answer.
 */
public enum Rsvp {

	PENDING, GOING, NOT_GOING

}
