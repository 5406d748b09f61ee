package io.violet.followup.tracker;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What Violet asks of an issue tracker. Every call may throw {@link TrackerException},
 * which says whether trying again later may help.
 */
public interface TrackerClient {

	/**
	 * The tracker's name, stored with each link.
	 * @return {@code jira} or {@code github}
	 */
	String kind();

	/**
	 * Creates an issue.
	 * @param issue what it says
	 * @return the new issue
	 */
	Issue create(TrackerIssueText issue);

	/**
	 * The issue carrying a follow-up's marker, if an earlier try created one whose answer
	 * was lost.
	 * @param key the follow-up's key
	 * @return the issue, or empty
	 */
	Optional<Issue> findByMarker(String key);

	/**
	 * Closes or reopens an issue; one already in that state is left as it is.
	 * @param reference the issue's key or number
	 * @param closed true to close, false to reopen
	 */
	void setClosed(String reference, boolean closed);

	/**
	 * Whether issues are closed, for the reconcile.
	 * @param references the issues' keys or numbers
	 * @return closed by reference; issues the tracker no longer has are left out
	 */
	Map<String, Boolean> closedStates(Collection<String> references);

	/**
	 * An issue in the tracker.
	 *
	 * @param reference its key ({@code OPS-42}) or number ({@code 42})
	 * @param url its web address
	 * @param closed whether it is closed
	 */
	record Issue(String reference, String url, boolean closed) {

	}

}
