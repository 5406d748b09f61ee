package io.violet.followup.tracker;

/**
 * A tracker call failed. A transient failure (unreachable, a timeout, 429, 5xx) is
 * retried later; a permanent one (a refused token, a missing project, a rejected field)
 * is parked for admins, since trying again would fail the same way.
 */
public class TrackerException extends RuntimeException {

	private final boolean transientFailure;

	public TrackerException(String message, boolean transientFailure) {
		super(message);
		this.transientFailure = transientFailure;
	}

	public TrackerException(String message, boolean transientFailure, Throwable cause) {
		super(message, cause);
		this.transientFailure = transientFailure;
	}

	public boolean transientFailure() {
		return this.transientFailure;
	}

	/**
	 * The failure for an HTTP status.
	 * @param status the status
	 * @param what what was asked, e.g. {@code POST /rest/api/3/issue}
	 * @param body the start of the answer
	 * @return the exception
	 */
	static TrackerException of(int status, String what, String body) {
		boolean retry = status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
		String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
		return new TrackerException(what + " answered HTTP " + status + (excerpt.isBlank() ? "" : ": " + excerpt),
				retry);
	}

}
