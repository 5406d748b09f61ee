package io.violet.initiative.bom.slack;

import java.util.List;
import java.util.stream.Collectors;

import io.violet.initiative.bom.InputProblem;
import io.violet.slack.Mrkdwn;

/**
 * Problems with what a user typed into {@code bom} commands, as Slack shows them: the
 * offending text quoted, escaped and cut, so that no input pings or links.
 */
final class BomProblems {

	private BomProblems() {
	}

	static String mrkdwn(InputProblem problem) {
		if (!problem.quotes()) {
			return problem.before();
		}
		return problem.before() + "`" + Mrkdwn.escapeAndTruncate(problem.input(), problem.quoteMax()) + "`"
				+ problem.after();
	}

	static String mrkdwn(List<InputProblem> problems) {
		return problems.stream().map(BomProblems::mrkdwn).collect(Collectors.joining("\n"));
	}

	/**
	 * For a modal's field errors, which are plain text.
	 */
	static String plain(InputProblem problem) {
		return problem.text().replace("`", "");
	}

}
