package io.violet.insights.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.violet.directory.Role;
import io.violet.incident.Severity;
import io.violet.insights.Digest;
import io.violet.insights.DrillFigures;
import io.violet.insights.Headline;
import io.violet.insights.IncidentFigures;
import io.violet.insights.ReviewFigures;
import io.violet.insights.Spread;
import io.violet.insights.TeamHealth;
import io.violet.insights.TrainingFigures;
import io.violet.slack.Mrkdwn;
import org.jspecify.annotations.Nullable;

/**
 * The figures as short text tables (mrkdwn with the numbers in a code block), shown in
 * the ephemeral answer and beside each chart, readable without the picture and by screen
 * readers. Tables hold keys and numbers only; people appear only in team health for
 * viewers allowed to see them, as mentions.
 */
final class FigureTables {

	/** Rows per table, so that a message stays short. */
	static final int ROWS = 16;

	private FigureTables() {
	}

	static String reviews(ReviewFigures f) {
		StringBuilder t = new StringBuilder(
				"*Review turnaround since " + f.since() + "* — working days from request to decision (median · p90)\n");
		t.append("Open now: *").append(f.openNow()).append("*, overdue: *").append(f.overdueNow()).append("*\n```\n");
		t.append(row("role", "n", "median", "p90", "waiting", "overdue"));
		f.byRole()
			.stream()
			.limit(ROWS)
			.forEach((r) -> t.append(row(r.role().key(), r.workingDays().count(), num(r.workingDays().median()),
					num(r.workingDays().p90()), r.pending(), r.overdue())));
		t.append('\n').append(row("kind", "n", "median", "p90", "open", "overdue"));
		f.byKind()
			.stream()
			.limit(ROWS)
			.forEach((k) -> t.append(row(k.kind().key(), k.workingDays().count(), num(k.workingDays().median()),
					num(k.workingDays().p90()), k.open(), k.overdue())));
		if (f.byRole().isEmpty() && f.byKind().isEmpty()) {
			t.append("no reviews decided or open\n");
		}
		return t.append("```").toString();
	}

	static String trainings(TrainingFigures f) {
		StringBuilder t = new StringBuilder("*Training completion now* — share of required trainings done\n");
		t.append("People overdue: *")
			.append(f.overduePeople())
			.append("* of ")
			.append(f.people())
			.append(" (counted, never named)\n```\n");
		t.append(row("role", "people", "required", "done", "share", "overdue"));
		f.byRole()
			.stream()
			.limit(ROWS)
			.forEach((r) -> t
				.append(row(r.role().key(), r.holders(), r.required(), r.done(), pct(r.ratio()), r.overduePeople())));
		t.append('\n').append(row("topic", "", "required", "done", "share", "overdue"));
		f.byTopic()
			.stream()
			.limit(ROWS)
			.forEach((c) -> t.append(row(c.topicKey(), "", c.required(), c.done(), pct(c.ratio()), c.overdue())));
		return t.append("```").toString();
	}

	static String incidents(IncidentFigures f) {
		StringBuilder t = new StringBuilder(
				"*Incidents since " + f.since() + "* — " + f.declared() + " declared (" + f.privateDeclared()
						+ " private, counted, never named); open now: " + open(f.openBySeverity()) + "\n```\n");
		t.append(row("severity", "n", "1st resp", "contain", "resolve", ""))
			.append(row("", "", "min m·p90", "h m·p90", "h m·p90", ""));
		for (IncidentFigures.ResponseTimes r : f.bySeverity()) {
			t.append(times(r.severity().key(), r));
		}
		t.append(times("all", f.all()));
		if (!f.byType().isEmpty()) {
			t.append('\n').append(row("type", "sev1", "sev2", "sev3", "sev4", "total"));
			f.byType()
				.stream()
				.limit(ROWS)
				.forEach((c) -> t.append(row(c.type().key(), c.bySeverity().getOrDefault(Severity.SEV1, 0),
						c.bySeverity().getOrDefault(Severity.SEV2, 0), c.bySeverity().getOrDefault(Severity.SEV3, 0),
						c.bySeverity().getOrDefault(Severity.SEV4, 0), c.total())));
		}
		return t.append("```").toString();
	}

	static String drills(DrillFigures f) {
		StringBuilder t = new StringBuilder("*Drills since " + f.since() + "* — " + f.drills()
				+ " drills; median minutes from start to each phase's completion, by quarter\n```\n");
		List<String> quarters = f.quarters().subList(Math.max(0, f.quarters().size() - 4), f.quarters().size());
		int skip = f.quarters().size() - quarters.size();
		StringBuilder head = new StringBuilder(pad("type: phase", 34));
		quarters.forEach((q) -> head.append(padLeft(q, 9)));
		t.append(head).append('\n');
		f.trends().stream().limit(ROWS).forEach((trend) -> {
			StringBuilder line = new StringBuilder(pad(trend.type().key() + ": " + trend.phase(), 34));
			for (int i = 0; i < quarters.size(); i++) {
				line.append(padLeft(num(trend.byQuarter().get(skip + i).median()), 9));
			}
			t.append(line).append('\n');
		});
		if (f.trends().isEmpty()) {
			t.append("no drills in the period\n");
		}
		return t.append("```").toString();
	}

	static String team(TeamHealth f) {
		StringBuilder t = new StringBuilder("*Team health*\n");
		t.append("Roles without an owner: ").append(roles(f.unowned())).append('\n');
		t.append("Roles with a single owner: ").append(roles(f.singleOwner())).append('\n');
		List<TeamHealth.RoleAsks> heavy = f.backupsAskedMore();
		t.append("Backups asked more than owners: ")
			.append(heavy.isEmpty() ? "none"
					: heavy.stream()
						.map((a) -> "`" + a.role().key() + "` (" + a.backupAsks() + " vs " + a.ownerAsks() + ")")
						.collect(Collectors.joining(", ")))
			.append('\n');
		t.append("Reviews and follow-ups waiting: ").append(f.peopleWaiting()).append(" people");
		if (f.waiting().isEmpty()) {
			return t.append(", nothing waits.").toString();
		}
		if (f.named()) {
			t.append(" — ")
				.append(f.waiting()
					.stream()
					.limit(10)
					.map((p) -> Mrkdwn.user(p.userId()) + " " + p.reviews() + " reviews, " + p.followUps()
							+ " follow-ups")
					.collect(Collectors.joining(", ")));
		}
		else {
			t.append("; the most loaded wait for ")
				.append(f.waiting()
					.stream()
					.limit(10)
					.map((p) -> p.reviews() + "+" + p.followUps())
					.collect(Collectors.joining(", ")))
				.append(" (reviews + follow-ups)");
		}
		return t.toString();
	}

	static String headline(Headline h) {
		StringBuilder t = new StringBuilder("*Violet at a glance*\n```\n");
		t.append(pad("reviews open / overdue", 30)).append(h.reviewsOpen()).append(" / ").append(h.reviewsOverdue());
		t.append('\n').append(pad("trainings done", 30)).append(pct(h.trainingRatio()));
		t.append('\n').append(pad("people overdue for training", 30)).append(h.overduePeople());
		t.append('\n').append(pad("incidents open", 30)).append(open(h.incidentsOpen()));
		return t.append("\n```").toString();
	}

	static String changes(Digest digest) {
		Digest.Totals now = digest.now();
		Digest.Totals before = digest.before();
		StringBuilder t = new StringBuilder("*What changed* since the last digest\n```\n");
		t.append(change("reviews open", now.reviewsOpen(), (before != null) ? before.reviewsOpen() : null));
		t.append(change("reviews overdue", now.reviewsOverdue(), (before != null) ? before.reviewsOverdue() : null));
		t.append(pad("trainings done", 24)).append(padLeft(pct(now.trainingRatio()), 8));
		if (before != null) {
			long points = Math.round(100 * (now.trainingRatio() - before.trainingRatio()));
			t.append("  (").append((points >= 0) ? "+" : "").append(points).append(" points)");
		}
		t.append('\n');
		t.append(change("people overdue", now.overduePeople(), (before != null) ? before.overduePeople() : null));
		t.append(change("incidents open", now.incidentsOpen(), (before != null) ? before.incidentsOpen() : null));
		return t.append("```").toString();
	}

	private static String change(String label, int now, @Nullable Integer before) {
		String diff = "";
		if (before != null) {
			int d = now - before;
			diff = "  (" + ((d > 0) ? "+" + d : (d == 0) ? "±0" : String.valueOf(d)) + ")";
		}
		return pad(label, 24) + padLeft(String.valueOf(now), 8) + diff + "\n";
	}

	private static String times(String label, IncidentFigures.ResponseTimes r) {
		return row(label, r.count(), pair(r.firstResponseMinutes()), pair(r.containHours()), pair(r.resolveHours()),
				"");
	}

	private static String pair(Spread s) {
		return s.isEmpty() ? "–" : num(s.median()) + "·" + num(s.p90());
	}

	static String open(Map<Severity, Integer> open) {
		return open.entrySet()
			.stream()
			.map((e) -> e.getKey().key() + " " + e.getValue())
			.collect(Collectors.joining(", "));
	}

	private static String roles(List<Role> roles) {
		return roles.isEmpty() ? "none"
				: roles.stream().map((r) -> "`" + r.key() + "`").collect(Collectors.joining(" "));
	}

	private static String row(Object first, Object... rest) {
		StringBuilder line = new StringBuilder(pad(String.valueOf(first), 20));
		for (Object cell : rest) {
			line.append(padLeft(String.valueOf(cell), 10));
		}
		return line.toString().stripTrailing() + "\n";
	}

	static String num(@Nullable Double value) {
		return (value == null) ? "–" : String.format(Locale.ROOT, "%.1f", value);
	}

	static String pct(double ratio) {
		return String.format(Locale.ROOT, "%.0f%%", 100 * ratio);
	}

	private static String pad(String text, int width) {
		return (text.length() >= width) ? text.substring(0, width - 1) + " " : text + " ".repeat(width - text.length());
	}

	private static String padLeft(String text, int width) {
		return (text.length() >= width) ? " " + text : " ".repeat(width - text.length()) + text;
	}

}
