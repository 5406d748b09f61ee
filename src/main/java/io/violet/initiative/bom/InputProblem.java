package io.violet.initiative.bom;

/**
 * What is wrong with one thing a user typed, as facts: the field, the words around the
 * offending text and the text itself as typed. Each surface renders it its own way: Slack
 * quotes the text escaped and cut ({@code initiative.bom.slack.BomProblems}), a modal
 * shows it as plain words.
 *
 * @param field the field it is about: {@code kind}, {@code name}, {@code version},
 * {@code supplier}, {@code license}, {@code hash}, {@code url}, {@code approach},
 * {@code task}, {@code datasets}, {@code limitations}, {@code ethics} or
 * {@code provenance}
 * @param before the words before the quoted text, or the whole sentence when nothing is
 * quoted
 * @param input the offending text as typed, empty when nothing is quoted
 * @param quoteMax how many characters of it to quote at most
 * @param after the words after the quoted text
 */
public record InputProblem(String field, String before, String input, int quoteMax, String after) {

	static InputProblem of(String field, String sentence) {
		return new InputProblem(field, sentence, "", 0, "");
	}

	static InputProblem quoting(String field, String before, String input, int quoteMax, String after) {
		return new InputProblem(field, before, input, quoteMax, after);
	}

	/**
	 * Whether the problem quotes what the user typed.
	 * @return true when {@link #input()} is shown
	 */
	public boolean quotes() {
		return this.quoteMax > 0;
	}

	/**
	 * The problem in plain words, the input in backticks and cut, unescaped.
	 * @return e.g. {@code The hash `sha256:12` is not `sha256:<64 hex digits>`.}
	 */
	public String text() {
		if (!quotes()) {
			return this.before;
		}
		String quoted = this.input;
		if (quoted.length() > this.quoteMax) {
			int cut = this.quoteMax - 1;
			if (cut > 0 && Character.isHighSurrogate(quoted.charAt(cut - 1))) {
				cut--;
			}
			quoted = quoted.substring(0, cut) + "…";
		}
		return this.before + "`" + quoted + "`" + this.after;
	}

}
