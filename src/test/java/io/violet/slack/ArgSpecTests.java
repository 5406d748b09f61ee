package io.violet.slack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArgSpecTests {

	private final ArgSpec spec = ArgSpec.none()
		.withSwitches("--backup")
		.withOptions("--tz")
		.withMultiOptions("--invite");

	@Test
	void readsSwitchesOptionsAndMultiValueOptions() {
		var parsed = this.spec
			.parse(Tokenizer.tokenize("legal --tz Europe/Paris --invite <@U1> <@U2> --backup x").tokens());
		assertThat(parsed.failed()).isFalse();
		assertThat(parsed.has("--backup")).isTrue();
		assertThat(parsed.value("--tz").text()).isEqualTo("Europe/Paris");
		assertThat(parsed.valuesOf("--invite")).extracting(Token::text).containsExactly("U1", "U2");
		assertThat(parsed.positionals()).extracting(Token::text).containsExactly("legal", "x");
	}

	@Test
	void acceptsOptionEqualsValue() {
		var parsed = this.spec.parse(Tokenizer.tokenize("--tz=UTC").tokens());
		assertThat(parsed.value("--tz").text()).isEqualTo("UTC");
	}

	@Test
	void namesUnknownOptionsAndListsTheKnownOnes() {
		var parsed = this.spec.parse(Tokenizer.tokenize("--bogus").tokens());
		assertThat(parsed.error()).contains("Unknown option `--bogus`").contains("--backup, --invite, --tz");
	}

	@Test
	void anOptionWithoutValueOrGivenTwiceIsAnError() {
		assertThat(this.spec.parse(Tokenizer.tokenize("--tz").tokens()).error()).contains("`--tz` needs a value");
		assertThat(this.spec.parse(Tokenizer.tokenize("--tz UTC --tz CET").tokens()).error()).contains("given twice");
		assertThat(this.spec.parse(Tokenizer.tokenize("--backup=yes").tokens()).error()).contains("takes no value");
	}

}
