package io.violet.teaming.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.violet.initiative.ComponentInventory.InventoryComponent;

/**
 * What a component's name or task says about the system (e.g. a vector store), as read
 * from {@code teaming/traits.yml}.
 *
 * @param key e.g. {@code vector-store}
 * @param title e.g. {@code Retrieval or vector store}
 * @param kinds the component kinds it applies to
 * @param keywords lower-case parts of a name or task that reveal it
 */
public record Trait(String key, String title, Set<String> kinds, List<String> keywords) {

	public boolean matches(InventoryComponent component) {
		if (!this.kinds.contains(component.kind())) {
			return false;
		}
		String words = (component.name() + " " + ((component.task() != null) ? component.task() : ""))
			.toLowerCase(Locale.ROOT);
		return this.keywords.stream().anyMatch(words::contains);
	}

}
