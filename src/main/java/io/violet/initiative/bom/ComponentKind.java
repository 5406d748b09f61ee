package io.violet.initiative.bom;

import java.util.Optional;

import io.violet.Keyed;

/**
 * What a component of an ML-BOM is.
 */
public enum ComponentKind implements Keyed {

	MODEL("model", "Model"), DATASET("dataset", "Dataset"), LIBRARY("library", "Library"),
	SERVICE("service", "Service");

	private final String key;

	private final String title;

	ComponentKind(String key, String title) {
		this.key = key;
		this.title = title;
	}

	@Override
	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	public static Optional<ComponentKind> fromKey(String key) {
		return Keyed.fromKey(ComponentKind.class, key);
	}

	/**
	 * Every key, for messages.
	 * @return e.g. {@code model|dataset|library|service}
	 */
	public static String allKeys() {
		return Keyed.allKeys(ComponentKind.class, "|");
	}

}
