package io.violet.initiative;

import java.util.List;
import java.util.Optional;

/**
 * What other modules (incidents, trainings) may ask about AI initiatives.
 */
public interface InitiativeCatalog {

	/**
	 * An initiative by its key.
	 * @param key e.g. {@code AI-7}, any case
	 * @return the initiative, or empty when there is none
	 */
	Optional<InitiativeSummary> find(String key);

	/**
	 * Initiatives that are not retired, newest first, for pickers.
	 * @return the initiatives
	 */
	List<InitiativeSummary> active();

	/**
	 * Posts a note as a reply in the initiative's thread (after the current transaction
	 * commits; retried while Slack is unavailable).
	 * @param key the initiative's key
	 * @param mrkdwn the note, already escaped
	 */
	void noteInThread(String key, String mrkdwn);

}
