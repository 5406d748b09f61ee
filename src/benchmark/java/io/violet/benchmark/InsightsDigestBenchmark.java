package io.violet.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.violet.directory.Role;
import io.violet.incident.IncidentType;
import io.violet.incident.Severity;
import io.violet.insights.Digest;
import io.violet.insights.Family;
import io.violet.insights.Insights;
import io.violet.insights.InsightsTestSupport;
import io.violet.insights.InsightsQuery;
import io.violet.insights.chart.Chart;
import io.violet.insights.chart.Charts;
import io.violet.insights.internal.Digests;
import io.violet.insights.internal.HeadlineCache;
import io.violet.insights.slack.InsightsTablesAccess;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewTimings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The weekly digest over 2,000 initiatives, 20,000 reviews (40,000 sign-offs), 5,000
 * people and 500 incidents (plus 40 drills), seeded with bulk inserts: how long its
 * figures and five charts take, what it allocates and the heap it peaks at; also one
 * family as the command computes it within the ack, and a headline refresh. Run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=InsightsDigestBenchmark}.
 */
class InsightsDigestBenchmark extends InsightsTestSupport {

	static final int INITIATIVES = 2_000;

	static final int PEOPLE = 5_000;

	static final int INCIDENTS = 500;

	static final int DRILLS = 40;

	static final Instant NOW = Instant.parse("2026-04-15T08:00:00Z");

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Insights insights;

	@Autowired
	HeadlineCache headline;

	@Autowired
	Charts charts;

	@Autowired
	ReviewTimings reviewTimings;

	int openReviews;

	int incidentsThisWeek;

	@Test
	void digestOverBenchmarkScale() {
		this.clock.set(NOW);
		long seedStart = System.nanoTime();
		seed();
		long seedMillis = Duration.ofNanos(System.nanoTime() - seedStart).toMillis();
		// the week's row as the Quartz job would claim it, without queuing its Slack work
		LocalDate today = LocalDate.ofInstant(NOW, this.insights.zone());
		String week = Digests.week(today);
		this.jdbc.update("INSERT INTO insights_digest (week, period_from, period_to, claimed_at, reviews_open, "
				+ "reviews_overdue, training_ratio, overdue_people, incidents_open) VALUES (?, ?, ?, ?, 0, 0, 0, 0, 0)",
				week, java.sql.Date.valueOf(today.minusDays(7)), java.sql.Date.valueOf(today), utc(NOW));

		// warm-up: one full digest, so that the figures measured are not the JIT's
		render(week);
		List<Long> runs = new ArrayList<>();
		long allocated = 0;
		resetPeaks();
		for (int i = 0; i < 5; i++) {
			long bytes = allocatedBytes();
			long start = System.nanoTime();
			Digest digest = render(week);
			runs.add(System.nanoTime() - start);
			allocated = Math.max(allocated, allocatedBytes() - bytes);
			assertThat(digest.reviews().openNow()).isEqualTo(this.openReviews);
			assertThat(digest.incidents().declared()).isEqualTo(this.incidentsThisWeek);
			assertThat(digest.drills().drills()).isEqualTo(DRILLS);
		}
		long peak = peakHeap();
		List<String> families = new ArrayList<>();
		for (Family family : Family.values()) {
			long start = System.nanoTime();
			InsightsQuery query = new InsightsQuery(this.insights.defaultSince(family), null);
			switch (family) {
				case REVIEWS -> this.insights.reviews(query);
				case TRAININGS -> this.insights.trainings(query);
				case INCIDENTS -> this.insights.incidents(query);
				case DRILLS -> this.insights.drills(query);
				case TEAM -> this.insights.team(query, ADMIN);
			}
			families.add(family.key() + " " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
		}
		long queries = System.nanoTime();
		Instant from = this.insights.defaultSince(Family.REVIEWS).atStartOfDay(this.insights.zone()).toInstant();
		int rows = this.reviewTimings.openOrApprovedSince(from).size()
				+ this.reviewTimings.pendingOrDecidedSince(from).size();
		families.add("(of which the review queries, " + rows + " rows, "
				+ Duration.ofNanos(System.nanoTime() - queries).toMillis() + " ms)");
		long refresh = System.nanoTime();
		this.headline.refresh();
		long refreshMillis = Duration.ofNanos(System.nanoTime() - refresh).toMillis();

		runs.sort(Long::compare);
		System.out.printf(
				"%nInsightsDigestBenchmark (MariaDB, %d initiatives, %d reviews, %d people, %d incidents, "
						+ "%d drills; max heap %d MB, %d cores)%n",
				INITIATIVES, INITIATIVES * ReviewKind.values().length, PEOPLE, INCIDENTS, DRILLS,
				Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
		System.out.printf("seeding with bulk inserts: %d ms%n", seedMillis);
		System.out.printf("digest (figures of every family + 5 charts + tables), 5 runs after a warm-up: "
				+ "min %d ms, median %d ms, max %d ms%n", ms(runs.get(0)), ms(runs.get(2)), ms(runs.get(4)));
		System.out.printf("allocated per digest: %d MB; peak heap used over the runs: %d MB%n", allocated >> 20,
				peak >> 20);
		System.out.printf("one family as the command computes it: %s%n", String.join(", ", families));
		System.out.printf("headline refresh: %d ms%n%n", refreshMillis);
		assertThat(ms(runs.get(2))).as("digest median, ms").isPositive();
	}

	private Digest render(String week) {
		Digest digest = this.insights.digest(week).orElseThrow();
		List<Chart> drawn = List.of(this.charts.reviewTurnaround(digest.reviews()),
				this.charts.trainingCompletion(digest.trainings()), this.charts.incidentResponse(digest.incidents()),
				this.charts.drillTrend(digest.drills()), this.charts.teamAsks(digest.team()));
		String tables = InsightsTablesAccess.changes(digest) + InsightsTablesAccess.reviews(digest.reviews())
				+ InsightsTablesAccess.trainings(digest.trainings())
				+ InsightsTablesAccess.incidents(digest.incidents()) + InsightsTablesAccess.drills(digest.drills())
				+ InsightsTablesAccess.team(digest.team());
		assertThat(drawn).allSatisfy((c) -> assertThat(c.png().length).isGreaterThan(1000));
		assertThat(tables).isNotBlank();
		return digest;
	}

	private void seed() {
		Random random = new Random(42);
		for (String table : new String[] { "review_reminder", "review_signoff", "review", "incident_timeline_entry",
				"incident_checklist_item", "incident", "training_completion", "training_requirement", "training_roster",
				"role_member", "insights_digest", "initiative" }) {
			this.jdbc.update("DELETE FROM " + table);
		}
		List<Object[]> initiatives = new ArrayList<>();
		String[] stages = { "PROPOSED", "IN_DEVELOPMENT", "PRE_DEPLOYMENT", "IN_PRODUCTION" };
		for (int i = 1; i <= INITIATIVES; i++) {
			LocalDateTime at = utc(NOW.minus(Duration.ofDays(1 + random.nextInt(300))));
			initiatives.add(new Object[] { i, "Bench " + i, person(random.nextInt(PEOPLE)), stages[i % stages.length],
					at, at });
		}
		this.jdbc.batchUpdate("INSERT INTO initiative (id, name, description, owner_id, risk_tier, stage, "
				+ "personal_data, third_party_model, affects_people, employment, genai, customer_facing, eu_market, "
				+ "created_by, created_at, updated_at) VALUES (?, ?, '', ?, 'MINIMAL', ?, FALSE, FALSE, FALSE, FALSE, "
				+ "FALSE, FALSE, FALSE, 'violet', ?, ?)", initiatives);
		List<Object[]> reviews = new ArrayList<>();
		List<Object[]> signoffs = new ArrayList<>();
		List<Object[]> reminders = new ArrayList<>();
		Role[] roles = Role.values();
		long id = 0;
		for (int i = 1; i <= INITIATIVES; i++) {
			for (ReviewKind kind : ReviewKind.values()) {
				id++;
				Instant requested = NOW.minus(Duration.ofHours(1 + random.nextInt(24 * 120)));
				Instant approved = requested.plus(Duration.ofHours(4 + random.nextInt(24 * 15)));
				boolean open = approved.isAfter(NOW) || random.nextInt(10) < 3;
				this.openReviews += open ? 1 : 0;
				Instant due = requested.plus(Duration.ofDays(10));
				reviews.add(new Object[] { id, "AI-" + i, kind.name(), open ? "OPEN" : "APPROVED", utc(requested),
						utc(due), utc(due), open ? null : utc(approved) });
				Role first = roles[random.nextInt(roles.length)];
				Role second = roles[(first.ordinal() + 1 + random.nextInt(roles.length - 1)) % roles.length];
				Instant decided = requested.plus(Duration.ofHours(2 + random.nextInt(24 * 10)));
				signoffs.add(new Object[] { id, first.key(), "APPROVED", person(random.nextInt(PEOPLE)),
						utc(decided.isAfter(NOW) ? NOW : decided) });
				signoffs.add(new Object[] { id, second.key(), open ? "PENDING" : "APPROVED",
						open ? null : person(random.nextInt(PEOPLE)), open ? null : utc(open ? null : approved) });
				if (open && random.nextInt(4) == 0) {
					reminders.add(new Object[] { id, random.nextBoolean() ? "NUDGE" : "ESCALATION",
							person(random.nextInt(PEOPLE)),
							utc(NOW.minus(Duration.ofHours(random.nextInt(24 * 30)))) });
				}
			}
		}
		this.jdbc
			.batchUpdate(
					"INSERT INTO review (id, initiative_key, kind, reason, state, requested_by, requested_at, "
							+ "nudge_at, due_at, approved_at) VALUES (?, ?, ?, 'bench', ?, 'violet', ?, ?, ?, ?)",
					reviews);
		this.jdbc.batchUpdate("INSERT INTO review_signoff (review_id, role_key, state, decided_by, decided_at) "
				+ "VALUES (?, ?, ?, ?, ?)", signoffs);
		this.jdbc.batchUpdate("INSERT INTO review_reminder (review_id, kind, recipient, queued_at) VALUES (?, ?, ?, ?)",
				reminders);
		List<Object[]> members = new ArrayList<>();
		int position = 0;
		for (Role role : roles) {
			for (int k = 0; k < 5; k++) {
				members.add(new Object[] { role.key(), person(random.nextInt(PEOPLE)), (k < 3) ? "OWNER" : "BACKUP",
						position++, utc(NOW) });
			}
		}
		this.jdbc.batchUpdate("INSERT IGNORE INTO role_member (role_key, user_id, kind, position, added_at) "
				+ "VALUES (?, ?, ?, ?, ?)", members);
		List<Object[]> roster = new ArrayList<>();
		List<Object[]> completions = new ArrayList<>();
		java.sql.Timestamp now = java.sql.Timestamp.from(NOW);
		for (int p = 0; p < PEOPLE; p++) {
			roster.add(new Object[] { person(p), now });
			if (random.nextInt(10) < 8) {
				completions.add(new Object[] { 1_000_000 + p, "ai-literacy", person(p),
						java.sql.Timestamp.from(NOW.minus(Duration.ofDays(random.nextInt(500)))) });
			}
			if (random.nextInt(10) < 4) {
				completions.add(new Object[] { 2_000_000 + p, "threat-landscape", person(p),
						java.sql.Timestamp.from(NOW.minus(Duration.ofDays(random.nextInt(500)))) });
			}
		}
		this.jdbc.batchUpdate("INSERT INTO training_roster (user_id, refreshed_at) VALUES (?, ?)", roster);
		this.jdbc.batchUpdate("INSERT INTO training_completion (session_id, topic_key, title, user_id, completed_at, "
				+ "recorded_by, how) VALUES (?, ?, 'bench', ?, ?, 'violet', 'SELF')", completions);
		List<Object[]> incidents = new ArrayList<>();
		List<Object[]> timeline = new ArrayList<>();
		List<Object[]> items = new ArrayList<>();
		IncidentType[] types = IncidentType.values();
		String[] phases = { "Detection & Analysis", "Containment", "Eradication & Recovery", "Post-Incident" };
		Instant weekStart = LocalDate.ofInstant(NOW, ZoneOffset.UTC)
			.minusDays(7)
			.atStartOfDay(this.insights.zone())
			.toInstant();
		for (int i = 1; i <= INCIDENTS + DRILLS; i++) {
			boolean drill = i > INCIDENTS;
			Instant declared = NOW.minus(Duration.ofMinutes(30 + random.nextInt(60 * 24 * (drill ? 250 : 180))));
			if (!drill && !declared.isBefore(weekStart)) {
				this.incidentsThisWeek++;
			}
			String commander = person(random.nextInt(PEOPLE));
			Instant contained = random.nextInt(10) < 8 ? declared.plus(Duration.ofMinutes(20 + random.nextInt(600)))
					: null;
			Instant resolved = (contained != null && random.nextBoolean())
					? contained.plus(Duration.ofMinutes(random.nextInt(3000))) : null;
			contained = (contained != null && contained.isAfter(NOW)) ? null : contained;
			resolved = (resolved != null && resolved.isAfter(NOW)) ? null : resolved;
			incidents.add(new Object[] { i, types[random.nextInt(types.length)].key(),
					Severity.values()[random.nextInt(4)].name(), (resolved != null) ? "RESOLVED" : "INVESTIGATING",
					"Bench incident " + i, random.nextInt(10) == 0, drill, commander, utc(declared), utc(declared),
					utc(contained), utc(resolved), "CB" + i });
			timeline.add(new Object[] { i, utc(declared), person(random.nextInt(PEOPLE)), "Declared" });
			timeline.add(new Object[] { i, utc(declared.plus(Duration.ofMinutes(1 + random.nextInt(30)))), commander,
					"Note: on it" });
			timeline.add(new Object[] { i, utc(declared.plus(Duration.ofMinutes(31 + random.nextInt(60)))), commander,
					"Status → investigating" });
			for (int k = 0; k < 8; k++) {
				Instant done = declared.plus(Duration.ofMinutes(10L * (k + 1) + random.nextInt(10)));
				boolean ticked = done.isBefore(NOW) && random.nextInt(10) < 8;
				items.add(new Object[] { i, k, phases[k / 2], ticked ? commander : null, ticked ? utc(done) : null });
			}
		}
		this.jdbc
			.batchUpdate("INSERT INTO incident (id, type_key, severity, status, title, private_room, personal_data, "
					+ "drill, initiative_high_risk, reporter, commander, declared_at, aware_at, contained_at, resolved_at, "
					+ "archived, channel_attempts, channel_id, setup_step, status_reminders_due, status_reminders_sent, "
					+ "postmortem_uploaded) VALUES (?, ?, ?, ?, ?, ?, FALSE, ?, FALSE, 'UREP', ?, ?, ?, ?, ?, "
					+ "FALSE, 1, ?, 'DONE', 0, 0, FALSE)", incidents);
		this.jdbc.batchUpdate(
				"INSERT INTO incident_timeline_entry (incident_id, occurred_at, actor, text) VALUES (?, ?, ?, ?)",
				timeline);
		this.jdbc.batchUpdate("INSERT INTO incident_checklist_item (incident_id, position, phase, text, refs, done_by, "
				+ "done_at) VALUES (?, ?, ?, 'step', '', ?, ?)", items);
	}

	private static String person(int n) {
		return "UP" + n;
	}

	private static LocalDateTime utc(Instant at) {
		return (at != null) ? LocalDateTime.ofInstant(at, ZoneOffset.UTC) : null;
	}

	private static long ms(long nanos) {
		return Duration.ofNanos(nanos).toMillis();
	}

	private static long allocatedBytes() {
		return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
			.getThreadAllocatedBytes(Thread.currentThread().getId());
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeap() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((p) -> p.getType() == MemoryType.HEAP)
			.mapToLong((p) -> p.getPeakUsage().getUsed())
			.sum();
	}

}
