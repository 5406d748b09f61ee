package io.violet.initiative.bom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a model was trained, in CycloneDX's model-card vocabulary
 * ({@code modelCard.modelParameters.approach.type}, CycloneDX 1.5+).
 */
public enum ModelApproach {

	SUPERVISED("supervised"), UNSUPERVISED("unsupervised"), REINFORCEMENT_LEARNING("reinforcement-learning"),
	SEMI_SUPERVISED("semi-supervised"), SELF_SUPERVISED("self-supervised");

	private final String key;

	ModelApproach(String key) {
		this.key = key;
	}

	public String key() {
		return this.key;
	}

	public static Optional<ModelApproach> fromKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((a) -> a.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(ModelApproach::key).collect(Collectors.joining(", "));
	}

}
