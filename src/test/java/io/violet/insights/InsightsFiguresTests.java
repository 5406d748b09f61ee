package io.violet.insights;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.violet.directory.Directory;
import io.violet.directory.Role;
import io.violet.incident.IncidentType;
import io.violet.incident.Severity;
import io.violet.insights.chart.Charts;
import io.violet.review.ReviewKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Each figure over seeded records, against values worked out by hand in the comments (the
 * organisation's zone is Europe/Berlin; "today" is Wednesday 2026-04-15).
 */
class InsightsFiguresTests extends InsightsTestSupport {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final Instant NOW = Instant.parse("2026-04-15T10:00:00Z");

	@Autowired
	Insights insights;

	@Autowired
	Directory directory;

	@Autowired
	Charts charts;

	@Autowired
	JdbcTemplate jdbc;

	Seed seed;

	@BeforeEach
	void seeded() {
		this.seed = new Seed(this.jdbc);
		this.seed.clear();
		this.clock.set(NOW);
	}

	static Instant berlin(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
	}

	@Test
	void reviewTurnaroundInWorkingDaysPerKindAndRole() {
		// Fri 15:00 → Mon 15:00 over the weekend the clocks went forward (71 hours): 1
		// day
		long r1 = this.seed.review("AI-1", "THREAT_MODEL", berlin("2026-03-27T15:00"), berlin("2026-04-10T15:00"),
				berlin("2026-03-30T15:00"));
		this.seed.signoff(r1, "security-architect", "APPROVED", berlin("2026-03-30T15:00"), "USA");
		// Fri 15:00 → Fri 21:00: a quarter of a day
		this.seed.signoff(r1, "ml-architect", "APPROVED", berlin("2026-03-27T21:00"), "UMA");
		// Thu 12:00 → Tue 12:00: ½ + 1 + (weekend) + 1 + ½ = 3 days
		long r2 = this.seed.review("AI-2", "THREAT_MODEL", berlin("2026-04-09T12:00"), berlin("2026-04-23T12:00"),
				berlin("2026-04-14T12:00"));
		this.seed.signoff(r2, "security-architect", "APPROVED", berlin("2026-04-14T12:00"), "USA");
		// Thu 12:00 → Fri 00:00: half a day
		this.seed.signoff(r2, "ml-architect", "APPROVED", berlin("2026-04-10T00:00"), "UMA");
		// Mon 00:00 → Mon 06:00: a quarter of a day
		long r3 = this.seed.review("AI-3", "PRIVACY", berlin("2026-04-13T00:00"), berlin("2026-04-27T00:00"),
				berlin("2026-04-13T06:00"));
		this.seed.signoff(r3, "privacy", "APPROVED", berlin("2026-04-13T06:00"), "UPR");
		// approved before the period: not counted
		long r0 = this.seed.review("AI-4", "PRIVACY", berlin("2026-01-05T09:00"), berlin("2026-01-20T09:00"),
				berlin("2026-01-06T09:00"));
		this.seed.signoff(r0, "privacy", "APPROVED", berlin("2026-01-06T09:00"), "UPR");
		// open and overdue; Violet sent it back for legal: no one's decision
		long r4 = this.seed.review("AI-5", "EU_AI_ACT", berlin("2026-03-20T09:00"), berlin("2026-04-10T09:00"), null);
		this.seed.signoff(r4, "legal", "CHANGES_REQUESTED", berlin("2026-04-14T09:00"), "violet");
		this.seed.signoff(r4, "compliance", "PENDING", null, null);
		// open, due next week
		long r5 = this.seed.review("AI-6", "UX", berlin("2026-04-14T09:00"), berlin("2026-04-20T09:00"), null);
		this.seed.signoff(r5, "ux-designer", "PENDING", null, null);
		this.seed.signoff(r5, "sme", "PENDING", null, null);

		ReviewFigures f = this.insights.reviews(new InsightsQuery(LocalDate.of(2026, 3, 1), null));

		assertThat(f.openNow()).isEqualTo(2);
		assertThat(f.overdueNow()).isEqualTo(1);
		var threat = kind(f, ReviewKind.THREAT_MODEL);
		assertThat(threat.workingDays().count()).isEqualTo(2);
		// median of {1, 3} is 2; p90 is the 2nd of 2 values by nearest rank: 3
		assertThat(threat.workingDays().median()).isCloseTo(2.0, within(1e-9));
		assertThat(threat.workingDays().p90()).isCloseTo(3.0, within(1e-9));
		var privacy = kind(f, ReviewKind.PRIVACY);
		assertThat(privacy.workingDays().count()).isEqualTo(1);
		assertThat(privacy.workingDays().median()).isCloseTo(0.25, within(1e-9));
		assertThat(kind(f, ReviewKind.EU_AI_ACT).open()).isEqualTo(1);
		assertThat(kind(f, ReviewKind.EU_AI_ACT).overdue()).isEqualTo(1);
		assertThat(kind(f, ReviewKind.UX).overdue()).isZero();

		var security = role(f, Role.SECURITY_ARCHITECT);
		assertThat(security.workingDays().median()).isCloseTo(2.0, within(1e-9));
		assertThat(security.workingDays().p90()).isCloseTo(3.0, within(1e-9));
		var ml = role(f, Role.ML_ARCHITECT);
		assertThat(ml.workingDays().median()).isCloseTo(0.375, within(1e-9));
		assertThat(ml.workingDays().p90()).isCloseTo(0.5, within(1e-9));
		assertThat(f.byRole()).noneMatch((r) -> r.role() == Role.LEGAL);
		assertThat(role(f, Role.COMPLIANCE).pending()).isEqualTo(1);
		assertThat(role(f, Role.COMPLIANCE).overdue()).isEqualTo(1);
		assertThat(role(f, Role.SME).pending()).isEqualTo(1);
		assertThat(role(f, Role.SME).overdue()).isZero();

		// narrowed to a role: only the reviews needing it
		ReviewFigures ux = this.insights.reviews(new InsightsQuery(LocalDate.of(2026, 3, 1), Role.UX_DESIGNER));
		assertThat(ux.byRole()).extracting(ReviewFigures.RoleTurnaround::role).containsExactly(Role.UX_DESIGNER);
		assertThat(ux.byKind()).extracting(ReviewFigures.KindTurnaround::kind).containsExactly(ReviewKind.UX);
		assertThat(ux.openNow()).isEqualTo(1);
		assertThat(ux.overdueNow()).isZero();
	}

	@Test
	void trainingCompletionByRoleAndTopicCountsOverduePeople() {
		// a ux-designer must take ai-literacy (all staff), threat-landscape and
		// ethical-ai
		this.directory.assign(Role.UX_DESIGNER, List.of("UXA", "UXB"), false, ADMIN);
		this.seed.roster("UXA");
		this.seed.roster("UXB");
		this.seed.roster("UALL");
		Instant lastMonth = NOW.minus(Duration.ofDays(30));
		for (String topic : List.of("ai-literacy", "threat-landscape", "ethical-ai")) {
			this.seed.completion("UXA", topic, lastMonth);
		}
		this.seed.completion("UXB", "ai-literacy", lastMonth);
		// done more than a year ago: due again, so overdue
		this.seed.completion("UALL", "ai-literacy", NOW.minus(Duration.ofDays(400)));

		TrainingFigures f = this.insights.trainings(new InsightsQuery(LocalDate.of(2026, 1, 1), null));

		var ux = f.byRole().stream().filter((r) -> r.role() == Role.UX_DESIGNER).findFirst().orElseThrow();
		// UXA 3 of 3, UXB 1 of 3: 4 of 6; UXB overdue
		assertThat(ux.holders()).isEqualTo(2);
		assertThat(ux.required()).isEqualTo(6);
		assertThat(ux.done()).isEqualTo(4);
		assertThat(ux.ratio()).isCloseTo(4.0 / 6, within(1e-9));
		assertThat(ux.overduePeople()).isEqualTo(1);
		var literacy = topic(f, "ai-literacy");
		assertThat(literacy.required()).isEqualTo(3);
		assertThat(literacy.done()).isEqualTo(2);
		var threats = topic(f, "threat-landscape");
		assertThat(threats.required()).isEqualTo(2);
		assertThat(threats.done()).isEqualTo(1);
		// UXB and UALL
		assertThat(f.people()).isEqualTo(3);
		assertThat(f.overduePeople()).isEqualTo(2);
		// the table counts and never names
		String table = io.violet.insights.slack.InsightsTablesAccess.trainings(f);
		assertThat(table).doesNotContain("UXB", "UALL", "UXA");
	}

	@Test
	void incidentsByTypeAndSeverityWithResponseTimesCountPrivateOnesWithoutNamingThem() {
		Instant i1At = Instant.parse("2026-04-02T10:00:00Z");
		long i1 = this.seed.incident("prompt-injection", "SEV2", false, false, "Chatbot jailbreak", "UREP", "UC1", i1At,
				i1At.plus(Duration.ofHours(2)), i1At.plus(Duration.ofHours(24)), i1At.plus(Duration.ofHours(30)));
		// the commander ticked an item after 5 minutes, before their first timeline entry
		this.seed.item(i1, 0, "Detection & Analysis", i1At.plus(Duration.ofMinutes(5)), "UC1");
		this.seed.timeline(i1, i1At.plus(Duration.ofMinutes(12)), "UC1", "Status → contained");
		this.seed.timeline(i1, i1At.plus(Duration.ofMinutes(1)), "UREP", "Note: someone else");
		// private; the reporter is the commander: the declaration is not their response
		Instant i2At = Instant.parse("2026-04-05T08:00:00Z");
		long i2 = this.seed.incident("data-leakage", "SEV2", true, false, "Secret payroll leak", "UC2", "UC2", i2At,
				i2At.plus(Duration.ofHours(1)), null, null);
		this.seed.timeline(i2, i2At.plus(Duration.ofMinutes(30)), "UC2", "Note: rotating keys");
		// nobody acted yet
		this.seed.incident("data-leakage", "SEV1", false, false, "Model exfiltration", "UREP", "UC1",
				Instant.parse("2026-04-10T00:00:00Z"), null, null, null);
		// before the period and resolved; and a drill: neither counted
		Instant old = Instant.parse("2026-03-01T10:00:00Z");
		this.seed.incident("evasion", "SEV3", false, false, "Old one", "UREP", "UC1", old, old.plusSeconds(60),
				old.plusSeconds(120), null);
		this.seed.incident("evasion", "SEV4", false, true, "Drill", "UREP", "UC1",
				Instant.parse("2026-04-03T10:00:00Z"), null, null, null);

		IncidentFigures f = this.insights.incidents(new InsightsQuery(LocalDate.of(2026, 4, 1), null));

		assertThat(f.declared()).isEqualTo(3);
		assertThat(f.privateDeclared()).isEqualTo(1);
		var sev2 = f.bySeverity().stream().filter((t) -> t.severity() == Severity.SEV2).findFirst().orElseThrow();
		assertThat(sev2.count()).isEqualTo(2);
		// first responses 5 and 30 minutes
		assertThat(sev2.firstResponseMinutes().median()).isCloseTo(17.5, within(1e-6));
		assertThat(sev2.firstResponseMinutes().p90()).isCloseTo(30.0, within(1e-6));
		// contained after 2 h and 1 h; one resolved after 24 h
		assertThat(sev2.containHours().median()).isCloseTo(1.5, within(1e-6));
		assertThat(sev2.containHours().p90()).isCloseTo(2.0, within(1e-6));
		assertThat(sev2.resolveHours().count()).isEqualTo(1);
		assertThat(sev2.resolveHours().median()).isCloseTo(24.0, within(1e-6));
		var sev1 = f.bySeverity().stream().filter((t) -> t.severity() == Severity.SEV1).findFirst().orElseThrow();
		assertThat(sev1.count()).isEqualTo(1);
		assertThat(sev1.firstResponseMinutes().isEmpty()).isTrue();
		assertThat(f.all().firstResponseMinutes().count()).isEqualTo(2);
		assertThat(f.openBySeverity()).containsEntry(Severity.SEV1, 1)
			.containsEntry(Severity.SEV2, 1)
			.containsEntry(Severity.SEV3, 0)
			.containsEntry(Severity.SEV4, 0);
		assertThat(f.byType()).hasSize(2);
		var leakage = f.byType()
			.stream()
			.filter((t) -> t.type() == IncidentType.DATA_LEAKAGE)
			.findFirst()
			.orElseThrow();
		assertThat(leakage.bySeverity()).isEqualTo(Map.of(Severity.SEV1, 1, Severity.SEV2, 1));

		// counted, never named: neither the table nor the chart's words carry the private
		// one
		String table = io.violet.insights.slack.InsightsTablesAccess.incidents(f);
		String alt = this.charts.incidentResponse(f).altText();
		for (String text : List.of(table, alt)) {
			assertThat(text).contains("1 private").doesNotContain("payroll", "UC2", "CROOM");
		}
	}

	@Test
	void drillPhaseTimesPerTypeQuarterByQuarter() {
		Instant d1 = Instant.parse("2025-08-01T10:00:00Z");
		long a = this.seed.incident("prompt-injection", "SEV3", false, true, "Drill A", "UO", "UC", d1, null, null,
				null);
		this.seed.item(a, 0, "Detection & Analysis", d1.plus(Duration.ofMinutes(30)), "UC");
		this.seed.item(a, 1, "Detection & Analysis", d1.plus(Duration.ofMinutes(40)), "UC");
		this.seed.item(a, 2, "Containment", d1.plus(Duration.ofMinutes(60)), "UC");
		this.seed.item(a, 3, "Containment", null, null);
		Instant d2 = Instant.parse("2026-02-01T10:00:00Z");
		long b = this.seed.incident("prompt-injection", "SEV3", false, true, "Drill B", "UO", "UC", d2, null, null,
				null);
		this.seed.item(b, 0, "Detection & Analysis", d2.plus(Duration.ofMinutes(20)), "UC");
		this.seed.item(b, 1, "Detection & Analysis", d2.plus(Duration.ofMinutes(25)), "UC");
		this.seed.item(b, 2, "Containment", d2.plus(Duration.ofMinutes(50)), "UC");
		this.seed.item(b, 3, "Containment", d2.plus(Duration.ofMinutes(55)), "UC");
		Instant d3 = Instant.parse("2026-02-10T10:00:00Z");
		long c = this.seed.incident("prompt-injection", "SEV3", false, true, "Drill C", "UO", "UC", d3, null, null,
				null);
		this.seed.item(c, 0, "Detection & Analysis", d3.plus(Duration.ofMinutes(30)), "UC");
		this.seed.item(c, 1, "Detection & Analysis", d3.plus(Duration.ofMinutes(35)), "UC");
		this.seed.item(c, 2, "Containment", d3.plus(Duration.ofMinutes(45)), "UC");
		this.seed.item(c, 3, "Containment", d3.plus(Duration.ofMinutes(65)), "UC");

		DrillFigures f = this.insights.drills(new InsightsQuery(LocalDate.of(2025, 7, 1), null));

		assertThat(f.quarters()).containsExactly("2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2");
		assertThat(f.drills()).isEqualTo(3);
		var detection = trend(f, "Detection & Analysis");
		// Q3: 40; Q4: none; Q1: {25, 35} → 30; Q2: none
		assertThat(detection.byQuarter().get(0).median()).isCloseTo(40.0, within(1e-6));
		assertThat(detection.byQuarter().get(1).isEmpty()).isTrue();
		assertThat(detection.byQuarter().get(2).median()).isCloseTo(30.0, within(1e-6));
		assertThat(detection.byQuarter().get(2).p90()).isCloseTo(35.0, within(1e-6));
		assertThat(detection.byQuarter().get(3).isEmpty()).isTrue();
		var containment = trend(f, "Containment");
		// Q3: an item still open, so not completed; Q1: {55, 65} → 60
		assertThat(containment.byQuarter().get(0).isEmpty()).isTrue();
		assertThat(containment.byQuarter().get(2).median()).isCloseTo(60.0, within(1e-6));
		assertThat(f.trends().indexOf(detection)).isLessThan(f.trends().indexOf(containment));
	}

	@Test
	void teamHealthNamesPeopleOnlyToThoseAllowed() {
		this.directory.assign(Role.LEGAL, List.of("UL1"), false, ADMIN);
		this.directory.assign(Role.LEGAL, List.of("UB1", "UB2"), true, ADMIN);
		this.directory.assign(Role.PRIVACY, List.of("UP1", "UP2"), false, ADMIN);
		this.directory.assign(Role.HR, List.of("UHR"), false, ADMIN);
		long ra = this.seed.review("AI-1", "PRIVACY", NOW.minus(Duration.ofDays(20)), NOW.minus(Duration.ofDays(2)),
				null);
		this.seed.signoff(ra, "privacy", "PENDING", null, null);
		this.seed.signoff(ra, "legal", "PENDING", null, null);
		long rb = this.seed.review("AI-2", "EU_AI_ACT", NOW.minus(Duration.ofDays(5)), NOW.plus(Duration.ofDays(5)),
				null);
		this.seed.signoff(rb, "legal", "PENDING", null, null);
		this.seed.signoff(rb, "compliance", "APPROVED", NOW.minus(Duration.ofDays(1)), "UCO");
		// legal: one nudge to its owner, escalations to both backups; privacy: two nudges
		this.seed.reminder(ra, "NUDGE", "UL1", NOW.minus(Duration.ofDays(3)));
		this.seed.reminder(ra, "ESCALATION", "UB1", NOW.minus(Duration.ofDays(1)));
		this.seed.reminder(ra, "ESCALATION", "UB2", NOW.minus(Duration.ofDays(1)));
		this.seed.reminder(ra, "NUDGE", "UP1", NOW.minus(Duration.ofDays(3)));
		this.seed.reminder(ra, "NUDGE", "UP2", NOW.minus(Duration.ofDays(3)));
		// follow-ups: two open for UP1 (one overdue), one done for UL1, one open for UNEW
		this.seed.followUp("UP1", false, LocalDate.of(2026, 4, 1));
		this.seed.followUp("UP1", false, null);
		this.seed.followUp("UL1", true, null);
		this.seed.followUp("UNEW", false, LocalDate.of(2026, 5, 1));
		InsightsQuery query = new InsightsQuery(LocalDate.of(2026, 3, 1), null);

		TeamHealth hr = this.insights.team(query, "UHR");
		TeamHealth someone = this.insights.team(query, "USOMEONE");

		assertThat(hr.unowned()).contains(Role.COMPLIANCE, Role.ETHICS).doesNotContain(Role.LEGAL, Role.PRIVACY);
		assertThat(hr.singleOwner()).contains(Role.LEGAL, Role.HR).doesNotContain(Role.PRIVACY);
		assertThat(hr.backupsAskedMore()).containsExactly(new TeamHealth.RoleAsks(Role.LEGAL, 1, 2));
		assertThat(hr.asks()).contains(new TeamHealth.RoleAsks(Role.PRIVACY, 2, 0));
		// UL1 owns legal (both reviews wait for it); UP1 and UP2 own privacy (one); UP1
		// and
		// UNEW own open follow-ups; most loaded first, then by id
		assertThat(hr.named()).isTrue();
		assertThat(hr.waiting()).containsExactly(new TeamHealth.PersonLoad("UP1", 1, 2),
				new TeamHealth.PersonLoad("UL1", 2, 0), new TeamHealth.PersonLoad("UNEW", 0, 1),
				new TeamHealth.PersonLoad("UP2", 1, 0));
		assertThat(someone.named()).isFalse();
		assertThat(someone.peopleWaiting()).isEqualTo(4);
		assertThat(someone.waiting()).extracting(TeamHealth.PersonLoad::total).containsExactly(3, 2, 1, 1);
		assertThat(someone.waiting()).allMatch((p) -> p.userId() == null);
		assertThat(io.violet.insights.slack.InsightsTablesAccess.team(someone)).doesNotContain("UL1", "UP1", "UP2",
				"UNEW");
		assertThat(io.violet.insights.slack.InsightsTablesAccess.team(hr)).contains("<@UL1> 2 reviews, 0 follow-ups");
		assertThat(this.insights.team(query, ADMIN).named()).isTrue();
	}

	private static ReviewFigures.KindTurnaround kind(ReviewFigures f, ReviewKind kind) {
		return f.byKind().stream().filter((k) -> k.kind() == kind).findFirst().orElseThrow();
	}

	private static ReviewFigures.RoleTurnaround role(ReviewFigures f, Role role) {
		return f.byRole().stream().filter((r) -> r.role() == role).findFirst().orElseThrow();
	}

	private static TrainingFigures.TopicCompletion topic(TrainingFigures f, String key) {
		return f.byTopic().stream().filter((t) -> t.topicKey().equals(key)).findFirst().orElseThrow();
	}

	private static DrillFigures.PhaseTrend trend(DrillFigures f, String phase) {
		return f.trends().stream().filter((t) -> t.phase().equals(phase)).findFirst().orElseThrow();
	}

}
