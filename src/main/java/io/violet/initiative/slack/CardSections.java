package io.violet.initiative.slack;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.violet.initiative.CardExtension;
import io.violet.initiative.InitiativeDetails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Collects the sections other modules add to an initiative's card.
 */
@Component
class CardSections {

	private static final Logger log = LoggerFactory.getLogger(CardSections.class);

	private final ObjectProvider<CardExtension> extensions;

	CardSections(ObjectProvider<CardExtension> extensions) {
		this.extensions = extensions;
	}

	List<CardExtension.Section> of(InitiativeDetails initiative) {
		return this.extensions.orderedStream()
			.sorted(Comparator.comparingInt(CardExtension::order))
			.map((extension) -> section(extension, initiative))
			.flatMap(Optional::stream)
			.toList();
	}

	private static Optional<CardExtension.Section> section(CardExtension extension, InitiativeDetails initiative) {
		try {
			return extension.section(initiative);
		}
		catch (RuntimeException ex) {
			// one module's trouble never keeps the card from being drawn
			log.warn("Card section {} failed for {}: {}", extension.getClass().getSimpleName(), initiative.key(),
					ex.getMessage());
			return Optional.empty();
		}
	}

}
