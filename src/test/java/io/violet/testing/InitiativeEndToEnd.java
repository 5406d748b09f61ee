package io.violet.testing;

import java.util.List;
import java.util.UUID;

import io.violet.initiative.InitiativeSummary;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * End-to-end tests that need initiatives: creates them and reads what was said in their
 * threads.
 */
@Import(InitiativesForTests.class)
public abstract class InitiativeEndToEnd extends SlackEndToEnd {

	@Autowired
	protected InitiativesForTests.Initiatives initiatives;

	@Autowired
	protected InitiativesForTests.PublishedComponents published;

	/**
	 * Creates an initiative.
	 * @param owner its owner
	 * @param name its name
	 * @return it
	 */
	protected InitiativeSummary newInitiative(String owner, String name) {
		return this.initiatives.create(name, owner, "in-development");
	}

	/**
	 * The notes posted in an initiative's thread, oldest first.
	 * @param key the initiative
	 * @return the notes' mrkdwn
	 */
	protected List<String> notesIn(String key) {
		return this.initiatives.notes(key);
	}

	/**
	 * The thread's parent ts of an initiative.
	 * @param key the initiative
	 * @return the ts
	 */
	protected String threadTs(String key) {
		return this.initiatives.threadOf(key).orElseThrow().ts();
	}

	protected static String newUser() {
		return "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
	}

	protected static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
