package io.violet.initiative.bom;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A component's {@code name@version}. Names may contain a scope's leading {@code @} and
 * slashes ({@code meta-llama/Llama-3.1-8B}, {@code @acme/tokenizer}); the version follows
 * the last {@code @}.
 *
 * @param name the name
 * @param version the version
 */
public record Coordinates(String name, String version) {

	public static final int NAME_MAX = 200;

	public static final int VERSION_MAX = 100;

	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9@_][A-Za-z0-9._/:+@-]{0," + (NAME_MAX - 1) + "}");

	private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+:-]{0," + (VERSION_MAX - 1) + "}");

	/**
	 * Reads {@code name@version}.
	 * @param text what the user typed
	 * @return the coordinates, or the problem with them
	 */
	public static Read parse(String text) {
		String trimmed = text.strip();
		int at = trimmed.lastIndexOf('@');
		if (at <= 0 || at == trimmed.length() - 1) {
			return Read.problem(InputProblem.quoting("name", "", trimmed, 60,
					" is not `<name>@<version>` (for example `fraud-gbm@2.3.0`)."));
		}
		return check(trimmed.substring(0, at), trimmed.substring(at + 1));
	}

	/**
	 * Checks a name and a version given apart (the modal's two fields).
	 * @param name the name
	 * @param version the version
	 * @return the coordinates, or the problem with them
	 */
	public static Read check(String name, String version) {
		String n = name.strip();
		String v = version.strip();
		if (!NAME.matcher(n).matches()) {
			return Read.problem(InputProblem.quoting("name", "The name ", n, 60,
					" is not valid: use up to " + NAME_MAX + " letters, digits and `. _ - / : + @`."));
		}
		if (!VERSION.matcher(v).matches()) {
			return Read.problem(InputProblem.quoting("version", "The version ", v, 60,
					" is not valid: use up to " + VERSION_MAX + " letters, digits and `. _ - + :`."));
		}
		return new Read(new Coordinates(n, v), null);
	}

	/**
	 * Reads a name with or without a version, as {@code bom where} takes it.
	 * @param text what the user typed
	 * @return the coordinates (version empty when none was given), or the problem
	 */
	public static Read parseNameOrCoordinates(String text) {
		String trimmed = text.strip();
		int at = trimmed.lastIndexOf('@');
		if (at <= 0) {
			if (!NAME.matcher(trimmed).matches()) {
				return Read.problem(InputProblem.quoting("name", "The name ", trimmed, 60, " is not valid."));
			}
			return new Read(new Coordinates(trimmed, ""), null);
		}
		return parse(trimmed);
	}

	@Override
	public String toString() {
		return this.version.isEmpty() ? this.name : this.name + "@" + this.version;
	}

	/**
	 * Coordinates read from user input, or the problem with them.
	 *
	 * @param coordinates the coordinates, null on a problem
	 * @param problem the problem (with {@code name} or {@code version}), null when fine
	 */
	public record Read(@Nullable Coordinates coordinates, @Nullable InputProblem problem) {

		static Read problem(InputProblem problem) {
			return new Read(null, problem);
		}

	}

}
