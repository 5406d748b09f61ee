package io.violet.teaming.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.violet.initiative.Attribute;
import io.violet.initiative.ComponentInventory.InventoryComponent;
import io.violet.initiative.RiskTier;

/**
 * The facts about an initiative that select its questions: its attributes, its risk tier
 * and what its ML-BOM holds.
 *
 * @param facts the facts, e.g. {@code genai}, {@code risk:high}, {@code kind:model},
 * {@code outside-model}, {@code trait:vector-store}
 */
public record Profile(Set<String> facts) {

	/** Every component kind an ML-BOM knows. */
	static final List<String> KINDS = List.of("model", "dataset", "library", "service");

	public Profile {
		facts = Set.copyOf(facts);
	}

	/**
	 * The facts of an initiative.
	 * @param attributes its attributes
	 * @param tier its risk tier
	 * @param components its ML-BOM
	 * @param traits the traits to look for
	 * @return the profile
	 */
	public static Profile of(Set<Attribute> attributes, RiskTier tier, List<InventoryComponent> components,
			List<Trait> traits) {
		Set<String> facts = new TreeSet<>();
		attributes.forEach((a) -> facts.add(a.key()));
		facts.add("risk:" + tier.key());
		for (InventoryComponent component : components) {
			facts.add("kind:" + component.kind());
			if (component.outside()) {
				facts.add("outside-component");
				if ("model".equals(component.kind())) {
					facts.add("outside-model");
				}
			}
			if (component.personalData() && "dataset".equals(component.kind())) {
				facts.add("personal-data-dataset");
			}
			for (Trait trait : traits) {
				if (trait.matches(component)) {
					facts.add("trait:" + trait.key());
				}
			}
		}
		return new Profile(facts);
	}

	/**
	 * Every fact a data file may name (besides {@code trait:<key>}).
	 * @return the vocabulary
	 */
	static Set<String> vocabulary() {
		Set<String> all = new TreeSet<>();
		for (Attribute attribute : Attribute.values()) {
			all.add(attribute.key());
		}
		for (RiskTier tier : RiskTier.values()) {
			all.add("risk:" + tier.key());
		}
		KINDS.forEach((k) -> all.add("kind:" + k));
		all.addAll(List.of("outside-model", "outside-component", "personal-data-dataset"));
		return all;
	}

}
