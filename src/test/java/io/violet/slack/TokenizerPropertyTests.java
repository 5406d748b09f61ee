package io.violet.slack;

import java.time.Duration;
import java.util.List;

import io.violet.testing.HostileText;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The tokenizer ends on every text and reads what it can: random and hostile strings,
 * lone angle brackets and quotes, escapes, 40,000 characters, every Unicode category. The
 * time bound only tells an endless loop from an answer; it is no speed target.
 */
class TokenizerPropertyTests {

	private static final Duration ENDS_WITHIN = Duration.ofSeconds(20);

	@Property(tries = 2000)
	void endsOnHostileTextWithWordsThatAreNeverEmpty(@ForAll("hostile") String text) {
		assertReadable(text);
	}

	@Property(tries = 500)
	void endsOnAnyString(@ForAll String text) {
		assertReadable(text);
	}

	@Property(tries = 300)
	void endsOnCodePointsOfEveryCategoryAndPlane(@ForAll("codePointTexts") String text) {
		assertReadable(text);
	}

	@Property(tries = 30)
	void endsOnLongRepetitiveText(@ForAll("long") String text) {
		assertReadable(text);
	}

	@Example
	void endsOnTheWorstCasesAtFortyThousandCharacters() {
		HostileText.worst40k().forEach(TokenizerPropertyTests::assertReadable);
	}

	@Example
	void aLoneAngleBracketIsAWordOfItsOwn() {
		assertThat(Tokenizer.tokenize("role who <").tokens()).extracting(Token::text)
			.containsExactly("role", "who", "<");
		assertThat(Tokenizer.tokenize("<").tokens()).extracting(Token::text).containsExactly("<");
		assertThat(Tokenizer.tokenize("a<b c<").tokens()).extracting(Token::text).containsExactly("a<b", "c<");
		assertThat(Tokenizer.tokenize("<@U1> c<").tokens()).extracting(Token::text).containsExactly("U1", "c<");
		assertThat(Tokenizer.unescapeInline("x < y")).isEqualTo("x < y");
		assertThat(Tokenizer.unescapeInline("<@U1> <")).isEqualTo("<@U1> <");
	}

	@Property(tries = 500)
	void plainWordsAndQuotedPhrasesComeBackAsTyped(@ForAll("plainWords") List<String> words) {
		String text = String.join(" ", words.stream().map((w) -> w.contains(" ") ? "\"" + w + "\"" : w).toList());
		var result = Tokenizer.tokenize(text);
		assertThat(result.error()).isNull();
		assertThat(result.tokens()).extracting(Token::text).containsExactlyElementsOf(words);
	}

	@Property(tries = 1000)
	void inlineTextEndsAndNeverGrows(@ForAll("hostile") String text) {
		String inline = assertTimeoutPreemptively(ENDS_WITHIN, () -> Tokenizer.unescapeInline(text));
		assertThat(inline.length()).isLessThanOrEqualTo(text.length());
	}

	@Example
	void inlineTextEndsOnTheWorstCases() {
		for (String text : HostileText.worst40k()) {
			String inline = assertTimeoutPreemptively(ENDS_WITHIN, () -> Tokenizer.unescapeInline(text));
			assertThat(inline.length()).isLessThanOrEqualTo(text.length());
		}
	}

	static void assertReadable(String text) {
		Tokenizer.Result result = assertTimeoutPreemptively(ENDS_WITHIN, () -> Tokenizer.tokenize(text));
		if (result.error() != null) {
			assertThat(result.tokens()).isEmpty();
			// the problem quotes at most a short, escaped piece of what was typed
			assertThat(result.error()).hasSizeLessThan(200).doesNotContain("<", ">");
			return;
		}
		assertThat(result.tokens().size()).isLessThanOrEqualTo(text.length());
		assertThat(result.tokens()).allSatisfy((token) -> {
			if (token.kind() == Token.Kind.WORD && !token.quoted()) {
				assertThat(token.text()).isNotEmpty();
			}
		});
	}

	@Provide
	Arbitrary<String> hostile() {
		return HostileText.strings(60);
	}

	@Provide
	Arbitrary<String> codePointTexts() {
		return HostileText.codePoints()
			.list()
			.ofMaxSize(200)
			.map((points) -> points.stream().map(Character::toString).reduce("", String::concat));
	}

	@Provide("long")
	Arbitrary<String> longTexts() {
		return HostileText.long40k();
	}

	@Provide
	Arbitrary<List<String>> plainWords() {
		Arbitrary<String> word = Arbitraries.strings()
			.alpha()
			.numeric()
			.withChars("-_.@:/")
			.ofMinLength(1)
			.ofMaxLength(12);
		Arbitrary<String> phrase = word.list().ofMinSize(2).ofMaxSize(4).map((w) -> String.join(" ", w));
		return Arbitraries.oneOf(word, phrase).list().ofMaxSize(12);
	}

}
