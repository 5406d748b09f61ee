package io.violet.initiative.bom;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a component of an ML-BOM is.
 */
public enum ComponentKind {

	MODEL("model", "Model"), DATASET("dataset", "Dataset"), LIBRARY("library", "Library"),
	SERVICE("service", "Service");

	private final String key;

	private final String title;

	ComponentKind(String key, String title) {
		this.key = key;
		this.title = title;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	public static Optional<ComponentKind> fromKey(String key) {
		String wanted = key.toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((k) -> k.key.equals(wanted)).findFirst();
	}

	/**
	 * Every key, for messages.
	 * @return e.g. {@code model|dataset|library|service}
	 */
	public static String allKeys() {
		return Arrays.stream(values()).map(ComponentKind::key).collect(Collectors.joining("|"));
	}

}
