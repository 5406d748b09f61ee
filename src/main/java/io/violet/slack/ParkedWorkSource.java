package io.violet.slack;

import java.time.Instant;
import java.util.List;

/**
 * Work another module parked for admins outside the Slack job runner (a tracker sync,
 * say), so that {@code /violet ops failed} lists it beside parked Slack jobs and effects,
 * {@code /violet ops retry <id>|all} arms it again, and the App Home count and the
 * {@code violet_effects_parked} gauge count it. Implemented by a bean of the module that
 * owns the work; the slack module sees only this interface.
 * <p>
 * Ids are {@code <prefix>-<number>}; the prefix is one capital letter other than
 * {@code J} and {@code E} (Slack jobs and effects), and no two sources share one.
 */
public interface ParkedWorkSource {

	/**
	 * The letter of this source's ids.
	 * @return e.g. {@code T}
	 */
	String prefix();

	/**
	 * What is parked, as plain text (the slack module escapes it).
	 * @return the entries, in any order
	 */
	List<Item> parked();

	/**
	 * How many entries {@link #parked()} would list; called every few seconds for the
	 * gauge, so it should be one cheap query.
	 * @return the count
	 */
	int countParked();

	/**
	 * Arms one entry again, in the caller's transaction.
	 * @param number the number after the prefix
	 * @param by the admin
	 * @return whether it was parked (and now is not)
	 */
	boolean retry(long number, String by);

	/**
	 * One parked entry.
	 *
	 * @param number its number, the id being {@code <prefix>-<number>}
	 * @param what what the work is, plain text; nothing a private incident keeps in its
	 * room
	 * @param error what went wrong last
	 * @param at when it was parked
	 * @param attempts how many times it was tried
	 * @param whatToDo what an admin can do about it
	 */
	record Item(long number, String what, String error, Instant at, int attempts, String whatToDo) {
	}

}
