package io.violet.slack;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenizerTests {

	@Test
	void splitsOnWhitespaceAndKeepsQuotedPhrasesTogether() {
		assertThat(texts("initiative new \"Fraud scoring v2\" --risk high")).containsExactly("initiative", "new",
				"Fraud scoring v2", "--risk", "high");
		assertThat(texts("workshop schedule 'Red team day' 2026-12-01 10:00")).containsExactly("workshop", "schedule",
				"Red team day", "2026-12-01", "10:00");
	}

	@Test
	void acceptsCurlyQuotesAsDesktopClientsSendThem() {
		assertThat(texts("initiative new \u201CChat assistant\u201D")).containsExactly("initiative", "new",
				"Chat assistant");
		assertThat(texts("initiative new \u2018Chat assistant\u2019")).containsExactly("initiative", "new",
				"Chat assistant");
	}

	@Test
	void anApostropheInsideAWordIsNotAQuote() {
		assertThat(texts("note we don't know yet")).containsExactly("note", "we", "don't", "know", "yet");
		assertThat(texts("note we don\u2019t know")).containsExactly("note", "we", "don\u2019t", "know");
	}

	@Test
	void undoesSlacksEscaping() {
		assertThat(texts("initiative new \"R&amp;D &lt;bot&gt;\"")).containsExactly("initiative", "new", "R&D <bot>");
		assertThat(texts("a&amp;b")).containsExactly("a&b");
	}

	@Test
	void readsMentionsUserGroupsChannelsAndLinks() {
		List<Token> tokens = Tokenizer.tokenize(
				"assign legal <@U123|alice> <!subteam^S456|@legal-team> <#C789|general> <https://x.example/a?b=1&amp;c=2|x>")
			.tokens();
		assertThat(tokens).extracting(Token::kind)
			.containsExactly(Token.Kind.WORD, Token.Kind.WORD, Token.Kind.USER, Token.Kind.USER_GROUP,
					Token.Kind.CHANNEL, Token.Kind.LINK);
		assertThat(tokens).extracting(Token::text)
			.containsExactly("assign", "legal", "U123", "S456", "C789", "https://x.example/a?b=1&c=2");
	}

	@Test
	void mentionsWithoutLabelsAndMailtoLinks() {
		assertThat(Tokenizer.tokenize("<@U1> <mailto:a@b.example|a@b.example>").tokens()).extracting(Token::text)
			.containsExactly("U1", "a@b.example");
	}

	@Test
	void specialMentionsStayLiteralSoTheyCanBeEscapedLater() {
		Token token = Tokenizer.tokenize("<!channel>").tokens().get(0);
		assertThat(token.kind()).isEqualTo(Token.Kind.SPECIAL);
		assertThat(token.text()).isEqualTo("<!channel>");
	}

	@Test
	void flagsAreRecognisedButQuotedFlagsAreWords() {
		List<Token> tokens = Tokenizer.tokenize("--backup \"--backup\"").tokens();
		assertThat(tokens.get(0).isFlag()).isTrue();
		assertThat(tokens.get(1).isFlag()).isFalse();
	}

	@Test
	void anUnclosedQuoteIsAProblemNamedToTheUser() {
		var result = Tokenizer.tokenize("initiative new \"Fraud scoring");
		assertThat(result.error()).contains("never closed").contains("Fraud scoring");
		assertThat(result.tokens()).isEmpty();
	}

	@Test
	void inlineTextKeepsMentionsAsMentionsAndLinksAsTargets() {
		assertThat(Tokenizer.unescapeInline("ask <@U1|al> about <https://x.example|this> &amp; that"))
			.isEqualTo("ask <@U1> about https://x.example & that");
	}

	private static List<String> texts(String text) {
		var result = Tokenizer.tokenize(text);
		assertThat(result.error()).isNull();
		return result.tokens().stream().map(Token::text).toList();
	}

}
