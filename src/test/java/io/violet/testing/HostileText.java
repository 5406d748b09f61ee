package io.violet.testing;

import java.util.List;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Text a hostile or careless user might type, for property tests: fragments of Slack's
 * escaping and angle-bracket forms, quotes of every kind, lone surrogates, control and
 * direction characters, and code points of every Unicode general category in every plane.
 */
public final class HostileText {

	/** Pieces that mean something to a parser or to Slack. */
	public static final List<String> FRAGMENTS = List.of("<", ">", "<@", "<@U1", "<@U123|al>", "<!", "<!channel>",
			"<!subteam^S1|@g>", "<#", "<#C1|c>", "<https://x.example|x>", "<mailto:a@b.example|a>", "|", "\"", "'",
			"\u201C", "\u201D", "\u201E", "\u2018", "\u2019", "&", "&amp;", "&lt;", "&gt;", "&amp;lt;", ";", "\\",
			"\\\"", "\\n", "--", "---", "--x", "--tz", "--tz=", "--invite", "--backup", "--initiatives", "=", ",", " ",
			"  ", "\t", "\n", "\r\n", "@", "U123", "AI-1", "S-1", "sev1", "2026-12-01", "10:00", "a@1", "@@@",
			"sha256:", ":fire:", "*", "_", "~", "`", "```", "%", "%00", "\u0000", "\u0007", "\u001B[2J", "\uD800",
			"\uDFFF", "\uD83D\uDD25", "\u202E", "\u200B", "\uFEFF", "\uFFFF", "\u00A0", "\u3000", "\u0301",
			"\uD834\uDD1E", "\uDBFF\uDFFF", "ß", "İ", "ﬃ", "Ω", "日本", "عربى", "x".repeat(300));

	private HostileText() {
	}

	/**
	 * Strings of fragments, random code points and plain letters, up to some length.
	 * @param maxPieces the most pieces joined
	 * @return the arbitrary
	 */
	public static Arbitrary<String> strings(int maxPieces) {
		Arbitrary<String> piece = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, Arbitraries.of(FRAGMENTS)),
				net.jqwik.api.Tuple.of(2, codePoints().map(Character::toString)),
				net.jqwik.api.Tuple.of(2, Arbitraries.strings().alpha().numeric().ofMaxLength(12)),
				net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(20)));
		return piece.list().ofMaxSize(maxPieces).map((pieces) -> String.join("", pieces));
	}

	/**
	 * Code points of every general category, spread over all planes.
	 * @return the arbitrary
	 */
	public static Arbitrary<Integer> codePoints() {
		Arbitrary<Integer> any = Arbitraries.integers().between(0, Character.MAX_CODE_POINT);
		Arbitrary<Integer> bmp = Arbitraries.integers().between(0, 0xFFFF);
		Arbitrary<Integer> ascii = Arbitraries.integers().between(0, 0x7F);
		return Arbitraries.oneOf(any, bmp, ascii);
	}

	/**
	 * Long texts (10,000 to 40,000 characters) built from a few fragments, the shapes
	 * that make a careless parser quadratic or endless.
	 * @return the arbitrary
	 */
	public static Arbitrary<String> long40k() {
		Arbitrary<String> unit = Arbitraries.of(FRAGMENTS)
			.list()
			.ofMinSize(1)
			.ofMaxSize(3)
			.map((pieces) -> String.join("", pieces));
		return Combinators.combine(unit, Arbitraries.integers().between(10_000, 40_000))
			.as((u, length) -> repeatTo(u, length));
	}

	/**
	 * The hand-picked worst cases at 40,000 characters.
	 * @return the texts
	 */
	public static List<String> worst40k() {
		return List
			.of("<", ">", "\"", "'", "\u201C", "<@", "&", "&lt;", "<\"", "\"<", "-", "--", "a<", "<a ", "\" ", " \"",
					"<>", "><", "\uD800", "\uD83D\uDD25")
			.stream()
			.map((u) -> repeatTo(u, 40_000))
			.collect(Collectors.toList());
	}

	private static String repeatTo(String unit, int length) {
		StringBuilder out = new StringBuilder(length + unit.length());
		while (out.length() < length) {
			out.append(unit);
		}
		out.setLength(length);
		return out.toString();
	}

}
