package io.violet.teaming.internal;

import java.util.List;
import java.util.Set;

import io.violet.teaming.Lens;
import io.violet.teaming.Threat;
import org.jspecify.annotations.Nullable;

/**
 * A question of the bank, as read from {@code teaming/<lens>.yml}.
 *
 * @param id its stable id, e.g. {@code sec-rag-poisoning}
 * @param lens the lens that answers it
 * @param text the question
 * @param why one line on why it matters, for readers outside the lens's specialty
 * @param source the public source(s)
 * @param when alternatives of facts that must all hold; empty = always asked
 * @param threat the attack technique it covers (security questions), or null
 */
public record Question(String id, Lens lens, String text, String why, String source, List<List<String>> when,
		@Nullable Threat threat) {

	/**
	 * Whether the question applies to an initiative with these facts.
	 * @param facts the initiative's facts ({@link Profile#facts()})
	 * @return true when it is always asked or one alternative holds
	 */
	public boolean appliesTo(Set<String> facts) {
		return this.when.isEmpty() || this.when.stream().anyMatch((all) -> holds(all, facts));
	}

	/**
	 * The first alternative that holds, to say why a threat applies.
	 * @param facts the initiative's facts
	 * @return the facts of that alternative, empty for a question always asked
	 */
	public List<String> because(Set<String> facts) {
		return this.when.stream().filter((all) -> holds(all, facts)).findFirst().orElse(List.of());
	}

	private static boolean holds(List<String> all, Set<String> facts) {
		return all.stream().allMatch((f) -> f.startsWith("!") ? !facts.contains(f.substring(1)) : facts.contains(f));
	}

}
