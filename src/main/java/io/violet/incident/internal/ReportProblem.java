package io.violet.incident.internal;

/**
 * Why a report cannot be declared as it is.
 *
 * @param kind what is wrong
 * @param length how long the text in question is
 * @param limit how long it may be
 * @param initiative the initiative key that was not found, as typed; empty otherwise
 */
public record ReportProblem(Kind kind, int length, int limit, String initiative) {

	static ReportProblem of(Kind kind) {
		return new ReportProblem(kind, 0, 0, "");
	}

	/**
	 * What is wrong with a report.
	 */
	public enum Kind {

		/** The title is blank. */
		NO_TITLE,
		/** The title is longer than an incident's title holds. */
		TITLE_TOO_LONG,
		/** "What happened" is longer than it holds. */
		DESCRIPTION_TOO_LONG,
		/** The report names an initiative the catalog does not know. */
		UNKNOWN_INITIATIVE

	}

}
