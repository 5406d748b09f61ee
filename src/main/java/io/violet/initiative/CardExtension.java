package io.violet.initiative;

import java.util.List;
import java.util.Optional;

/**
 * Lets another module add a section to every initiative's card (its thread's parent and
 * {@code /violet initiative show}) without this module knowing it: a heading, a line of
 * facts and up to three buttons. The module implements it as a bean and calls
 * {@link Initiatives#refreshCard} when what it shows changes.
 */
public interface CardExtension {

	/**
	 * Where the section stands among extensions; lower comes first.
	 * @return the order
	 */
	default int order() {
		return 0;
	}

	/**
	 * The section for one initiative.
	 * @param initiative the initiative
	 * @return the section, or empty to show nothing
	 */
	Optional<Section> section(InitiativeDetails initiative);

	/**
	 * A section of the card.
	 *
	 * @param heading a short heading, plain text, e.g. {@code Violet team}
	 * @param facts the state in plain words (no markup; shown escaped), e.g.
	 * {@code 4/6 lenses answered · 1 critical finding open}
	 * @param buttons at most three buttons (their action ids owned by the extending
	 * module)
	 */
	record Section(String heading, String facts, List<ThreadMessage.Button> buttons) {

		public Section {
			buttons = List.copyOf(buttons.subList(0, Math.min(3, buttons.size())));
		}

	}

}
