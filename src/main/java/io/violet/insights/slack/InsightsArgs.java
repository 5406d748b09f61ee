package io.violet.insights.slack;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.violet.directory.Role;
import io.violet.insights.Family;
import io.violet.slack.ArgSpec;
import io.violet.slack.Mrkdwn;
import io.violet.slack.Token;
import org.jspecify.annotations.Nullable;

/**
 * {@code [reviews|trainings|incidents|drills|team] [--since yyyy-MM-dd] [--role <role>]},
 * read and checked.
 *
 * @param family the family asked for, null for the overview
 * @param since the first day asked for, null for the family's default
 * @param role the role asked for, null for all
 * @param error what is wrong with the arguments (mrkdwn, escaped), null when nothing is
 */
record InsightsArgs(@Nullable Family family, @Nullable LocalDate since, @Nullable Role role, @Nullable String error) {

	private static final ArgSpec SPEC = ArgSpec.none().withOptions("--since", "--role");

	/**
	 * The earliest day anyone may ask for: Violet keeps no older figures worth a chart.
	 */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	static InsightsArgs parse(List<Token> tokens, LocalDate today) {
		var args = SPEC.parse(tokens);
		if (args.failed()) {
			return failure(args.error());
		}
		if (args.size() > 1) {
			return failure("Name at most one family of figures (`" + Family.allKeys().replace("|", "`, `") + "`).");
		}
		Family family = null;
		if (args.size() == 1) {
			String word = args.text(0);
			family = Family.fromKey(word).orElse(null);
			if (family == null) {
				return failure("There are no figures called `" + Mrkdwn.escapeAndTruncate(word, 30)
						+ "`; choose one of `" + Family.allKeys().replace("|", "`, `") + "`.");
			}
		}
		LocalDate since = null;
		Token sinceToken = args.value("--since");
		if (sinceToken != null) {
			try {
				since = LocalDate.parse(sinceToken.text());
			}
			catch (DateTimeParseException ex) {
				return failure("`" + Mrkdwn.escapeAndTruncate(sinceToken.text(), 30)
						+ "` is not a date like 2026-01-31 (`--since yyyy-MM-dd`).");
			}
			if (since.isAfter(today)) {
				return failure("`--since " + since + "` is in the future; give a day up to today (" + today + ").");
			}
			if (since.isBefore(EARLIEST)) {
				return failure("`--since " + since + "` is too far back; give a day from " + EARLIEST + ".");
			}
		}
		Role role = null;
		Token roleToken = args.value("--role");
		if (roleToken != null) {
			role = Role.fromKey(roleToken.text()).orElse(null);
			if (role == null) {
				return failure("There is no role `" + Mrkdwn.escapeAndTruncate(roleToken.text(), 40) + "`. Roles: `"
						+ Role.allKeys().replace(" ", "` `") + "`.");
			}
			if (family != null && !family.perRole()) {
				return failure(
						"`--role` narrows reviews, trainings and team; " + family.key() + " are not counted per role.");
			}
		}
		return new InsightsArgs(family, since, role, null);
	}

	private static InsightsArgs failure(@Nullable String error) {
		return new InsightsArgs(null, null, null, (error != null) ? error : "Those options are not understood.");
	}

	boolean failed() {
		return this.error != null;
	}

}
