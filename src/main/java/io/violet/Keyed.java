package io.violet;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose constants are named by stable keys: what users type ({@code legal},
 * {@code high}, {@code personal-data}), what is stored, and what messages list. The
 * lookup is written once here; each enum keeps its own {@code fromKey} for callers.
 */
public interface Keyed {

	/**
	 * The constant's key.
	 * @return e.g. {@code security-architect}
	 */
	String key();

	/**
	 * The constant with a key, ignoring case and surrounding blanks.
	 * @param type the enum
	 * @param key the key as typed or stored
	 * @param <E> the enum type
	 * @return the constant, or empty
	 */
	static <E extends Enum<E> & Keyed> Optional<E> fromKey(Class<E> type, String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(type.getEnumConstants()).filter((constant) -> constant.key().equals(wanted)).findFirst();
	}

	/**
	 * Every key of an enum, in declaration order, for messages that list them.
	 * @param type the enum
	 * @param separator what goes between two keys, e.g. {@code |}
	 * @param <E> the enum type
	 * @return the keys
	 */
	static <E extends Enum<E> & Keyed> String allKeys(Class<E> type, String separator) {
		return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining(separator));
	}

}
