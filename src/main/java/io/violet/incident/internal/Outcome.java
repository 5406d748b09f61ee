package io.violet.incident.internal;

import java.time.Instant;

import io.violet.incident.Incident;
import org.jspecify.annotations.Nullable;

/**
 * What a user's request to an incident came to, as facts: the incident's Slack package
 * turns them into the words the user reads.
 *
 * @param result what happened
 * @param request what was asked
 * @param label the incident's label, e.g. {@code #12} or {@code DRILL #12}
 * @param value what the request named: a status or severity key, a user id, or
 * {@code done}/{@code open} for a checklist item; empty when it named nothing
 * @param role the role given, for {@link Request#ROLE}; empty otherwise
 * @param invited how many more people are invited (a raised severity)
 * @param archiveAt when the room is archived (a closed incident)
 */
public record Outcome(Result result, Request request, String label, String value, String role, int invited,
		@Nullable Instant archiveAt) {

	static Outcome of(Result result, Request request, Incident incident) {
		return new Outcome(result, request, incident.label(), "", "", 0, null);
	}

	static Outcome of(Result result, Request request, Incident incident, String value) {
		return new Outcome(result, request, incident.label(), value, "", 0, null);
	}

	static Outcome notAllowed(Request request, Incident incident) {
		return of(Result.NOT_ALLOWED, request, incident);
	}

	/**
	 * Whether the request was carried out (or had been already).
	 * @return false for a refusal
	 */
	public boolean ok() {
		return this.result.ok;
	}

	/**
	 * What happened to a request.
	 */
	public enum Result {

		/** Done. */
		DONE(true),
		/** Nothing to do: the incident already was as asked. */
		UNCHANGED(true),
		/** The user may not do this. */
		NOT_ALLOWED(false),
		/** The incident is private and the user is not in its room. */
		NOT_IN_ROOM(false),
		/** A note without text. */
		NO_TEXT(false),
		/** A "became aware at" time in the future. */
		IN_THE_FUTURE(false),
		/** Closing an incident that is not resolved. */
		NOT_RESOLVED(false),
		/** Reopening an incident whose room is archived. */
		ARCHIVED(false);

		private final boolean ok;

		Result(boolean ok) {
			this.ok = ok;
		}

	}

	/**
	 * What the user asked for.
	 */
	public enum Request {

		/** Change the status (not to resolved). */
		STATUS,
		/** Resolve with the post-mortem facts. */
		RESOLVE,
		/** Change the severity. */
		SEVERITY,
		/** Give someone a role. */
		ROLE,
		/** Add a note to the timeline. */
		NOTE,
		/** Add a Slack message to the timeline. */
		MESSAGE,
		/** Tick or untick a checklist item. */
		CHECKLIST,
		/** Settle a regulatory clock (notified, not applicable, running again). */
		CLOCK,
		/** Change which variant of a regulatory clock applies. */
		CLOCK_VARIANT,
		/** Move the "became aware at" time. */
		AWARE_AT,
		/** Close the incident. */
		CLOSE,
		/** Reopen the incident. */
		REOPEN

	}

}
