package io.violet.teaming.slack;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.violet.slack.Mrkdwn;
import io.violet.teaming.Finding;
import io.violet.teaming.Severity;
import io.violet.teaming.Threat;
import io.violet.teaming.internal.SessionView;
import io.violet.teaming.internal.SessionView.LensView;

/**
 * Lines of mrkdwn that several teaming views share.
 */
final class Lines {

	static final int FINDING_TEXT_MAX = 300;

	private Lines() {
	}

	static String date(Instant instant) {
		return Mrkdwn.date(instant, "{date_short_pretty} {time}");
	}

	static String day(Instant instant) {
		return Mrkdwn.date(instant, "{date_short_pretty}");
	}

	static String severityIcon(Severity severity) {
		return switch (severity) {
			case CRITICAL -> ":red_circle:";
			case HIGH -> ":large_orange_circle:";
			case MEDIUM -> ":large_yellow_circle:";
			case LOW -> ":white_circle:";
		};
	}

	static String lens(LensView lens) {
		String who = lens.participants().isEmpty() ? ":warning: no owner"
				: lens.participants().stream().map((p) -> Mrkdwn.user(p.userId())).collect(Collectors.joining(", "));
		String state = switch (lens.state()) {
			case ANSWERED -> ":white_check_mark: answered by " + Mrkdwn.user(lens.answeredBy());
			case DRAFT -> ":pencil2: " + lens.given() + "/" + lens.questions() + " drafted · " + who;
			case PENDING -> ":hourglass_flowing_sand: pending · " + who;
		};
		return "*" + lens.lens().title() + "* (" + lens.questions() + " questions)\n" + state;
	}

	static String severities(Map<Severity, Long> counts) {
		if (counts.isEmpty()) {
			return "none open";
		}
		return counts.entrySet()
			.stream()
			.map((e) -> e.getValue() + " " + e.getKey().key())
			.collect(Collectors.joining(" · ")) + " open";
	}

	static String finding(Finding finding) {
		return severityIcon(finding.severity()) + " `" + finding.label() + "` *" + finding.severity().title() + "* ("
				+ finding.lens().title() + ") — " + Mrkdwn.escapeAndTruncate(finding.text(), FINDING_TEXT_MAX)
				+ " · owner " + Mrkdwn.user(finding.owner()) + (finding.due() != null ? " · due " + finding.due() : "")
				+ (finding.open() ? "" : " · :white_check_mark: closed");
	}

	static String threat(Threat threat) {
		List<String> ids = new java.util.ArrayList<>(threat.atlas());
		ids.addAll(threat.owasp());
		return "• *" + threat.name() + "* — "
				+ ids.stream().map((id) -> "`" + id + "`").collect(Collectors.joining(" "))
				+ (threat.because().isEmpty() ? "" : " _(" + String.join(" + ", threat.because()) + ")_");
	}

	static String summaryOf(SessionView session) {
		return session.answeredLenses() + "/" + session.lenses().size() + " lenses answered · findings: "
				+ severities(session.openBySeverity());
	}

}
