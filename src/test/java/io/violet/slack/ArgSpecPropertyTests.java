package io.violet.slack;

import java.time.Duration;
import java.util.List;

import io.violet.testing.HostileText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Argument parsing ends on every token list and either names one short, escaped problem
 * or hands back only tokens it was given.
 */
class ArgSpecPropertyTests {

	private static final ArgSpec SPEC = ArgSpec.none()
		.withSwitches("--backup", "--private")
		.withOptions("--tz", "--every", "--initiatives")
		.withMultiOptions("--invite", "--roles");

	@Property(tries = 2000)
	void endsAndKeepsOnlyWhatItWasGiven(@ForAll("commandTexts") String text) {
		var tokens = Tokenizer.tokenize(text);
		if (tokens.error() != null) {
			return;
		}
		var parsed = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SPEC.parse(tokens.tokens()));
		if (parsed.failed()) {
			assertThat(parsed.error()).hasSizeLessThan(300).doesNotContain("<", ">");
			return;
		}
		int values = parsed.values().values().stream().mapToInt(List::size).sum();
		assertThat(parsed.positionals().size() + values).isLessThanOrEqualTo(tokens.tokens().size());
		assertThat(parsed.positionals()).allSatisfy((t) -> assertThat(t.isFlag()).isFalse());
		assertThat(parsed.present()).allSatisfy((flag) -> assertThat(flag).startsWith("--"));
	}

	@Property(tries = 20)
	void endsOnLongArgumentLists(@ForAll("long") String text) {
		var tokens = Tokenizer.tokenize(text);
		if (tokens.error() == null) {
			assertTimeoutPreemptively(Duration.ofSeconds(20), () -> SPEC.parse(tokens.tokens()));
		}
	}

	@Provide
	Arbitrary<String> commandTexts() {
		Arbitrary<String> flag = Arbitraries.of("--backup", "--private", "--tz", "--tz=", "--tz=UTC", "--every",
				"--initiatives", "--invite", "--roles", "--", "--bogus", "--<x>", "--a=b=c", "--backup=1");
		Arbitrary<String> word = Arbitraries.oneOf(flag, HostileText.strings(4));
		return word.list().ofMaxSize(30).map((words) -> String.join(" ", words));
	}

	@Provide("long")
	Arbitrary<String> longTexts() {
		return HostileText.long40k();
	}

}
