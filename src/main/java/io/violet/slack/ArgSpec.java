package io.violet.slack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The flags a subcommand accepts: plain switches ({@code --backup}), options that take
 * one value ({@code --tz Europe/Berlin}, also {@code --tz=Europe/Berlin}) and options
 * that take every following non-flag word ({@code --invite @a @b}).
 */
public final class ArgSpec {

	private final Set<String> switches;

	private final Set<String> options;

	private final Set<String> multiOptions;

	private ArgSpec(Set<String> switches, Set<String> options, Set<String> multiOptions) {
		this.switches = switches;
		this.options = options;
		this.multiOptions = multiOptions;
	}

	/**
	 * A spec with no flags at all.
	 * @return the empty spec
	 */
	public static ArgSpec none() {
		return new ArgSpec(Set.of(), Set.of(), Set.of());
	}

	public ArgSpec withSwitches(String... names) {
		return new ArgSpec(union(this.switches, names), this.options, this.multiOptions);
	}

	public ArgSpec withOptions(String... names) {
		return new ArgSpec(this.switches, union(this.options, names), this.multiOptions);
	}

	public ArgSpec withMultiOptions(String... names) {
		return new ArgSpec(this.switches, this.options, union(this.multiOptions, names));
	}

	/**
	 * Reads tokens against this spec.
	 * @param tokens the tokens after the subcommand's words
	 * @return the arguments, or the problem with them
	 */
	public Parsed parse(List<Token> tokens) {
		List<Token> positionals = new ArrayList<>();
		Set<String> present = new HashSet<>();
		Map<String, List<Token>> values = new LinkedHashMap<>();
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if (!token.isFlag()) {
				positionals.add(token);
				continue;
			}
			String name = token.text();
			String inline = null;
			int eq = name.indexOf('=');
			if (eq > 0) {
				inline = name.substring(eq + 1);
				name = name.substring(0, eq);
			}
			if (this.switches.contains(name)) {
				if (inline != null) {
					return Parsed.failure("`" + name + "` takes no value.");
				}
				present.add(name);
			}
			else if (this.options.contains(name) || this.multiOptions.contains(name)) {
				if (present.contains(name) && this.options.contains(name)) {
					return Parsed.failure("`" + name + "` is given twice.");
				}
				List<Token> taken = values.computeIfAbsent(name, (k) -> new ArrayList<>());
				if (inline != null && !inline.isEmpty()) {
					taken.add(Token.word(inline));
				}
				boolean multi = this.multiOptions.contains(name);
				while (i + 1 < tokens.size() && !tokens.get(i + 1).isFlag() && (multi || taken.isEmpty())) {
					taken.add(tokens.get(++i));
				}
				if (taken.isEmpty()) {
					return Parsed.failure("`" + name + "` needs a value.");
				}
				present.add(name);
			}
			else {
				return Parsed.failure(
						"Unknown option `" + Mrkdwn.escape(Mrkdwn.truncate(name, 40)) + "`" + (knownFlags().isEmpty()
								? "." : " (this command knows " + String.join(", ", knownFlags()) + ")."));
			}
		}
		return new Parsed(List.copyOf(positionals), Set.copyOf(present), Map.copyOf(values), null);
	}

	private Set<String> knownFlags() {
		Set<String> all = new TreeSet<>(this.switches);
		all.addAll(this.options);
		all.addAll(this.multiOptions);
		return all;
	}

	private static Set<String> union(Set<String> base, String... more) {
		Set<String> all = new HashSet<>(base);
		all.addAll(List.of(more));
		return Set.copyOf(all);
	}

	/**
	 * Arguments read against a spec, or why they could not be.
	 *
	 * @param positionals the words that are not flags or flag values
	 * @param present the flags given
	 * @param values the values of options
	 * @param error the problem, or null when the arguments are fine
	 */
	public record Parsed(List<Token> positionals, Set<String> present, Map<String, List<Token>> values,
			@org.jspecify.annotations.Nullable String error) {

		static Parsed failure(String error) {
			return new Parsed(List.of(), Set.of(), new HashMap<>(), error);
		}

		public boolean failed() {
			return this.error != null;
		}

		public boolean has(String flag) {
			return this.present.contains(flag);
		}

		/**
		 * The single value of an option.
		 * @param option the option name
		 * @return its value, or null when absent
		 */
		public @org.jspecify.annotations.Nullable Token value(String option) {
			List<Token> list = this.values.get(option);
			return (list == null || list.isEmpty()) ? null : list.get(0);
		}

		/**
		 * All values of a multi-value option.
		 * @param option the option name
		 * @return its values, empty when absent
		 */
		public List<Token> valuesOf(String option) {
			return this.values.getOrDefault(option, List.of());
		}

		public int size() {
			return this.positionals.size();
		}

		/**
		 * A positional word's text.
		 * @param index its index
		 * @return its text, or null when there are fewer words
		 */
		public @org.jspecify.annotations.Nullable String text(int index) {
			return (index < this.positionals.size()) ? this.positionals.get(index).text() : null;
		}

	}

}
