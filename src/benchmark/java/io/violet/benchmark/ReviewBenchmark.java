package io.violet.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.review.internal.ReviewReminders;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long creating an initiative (with every review routed and every message queued) and
 * refusing a gated advance take as Slack sees them, and how fast the reminder sweep goes
 * through open reviews. Run with
 * {@code ./mvnw -B -Pbenchmark test -Dtest=ReviewBenchmark}.
 */
class ReviewBenchmark extends InitiativeTestSupport {

	private static final int CREATIONS = 40;

	private static final int SWEPT_INITIATIVES = 150;

	@Autowired
	ReviewReminders reminders;

	@Test
	void creationGateAndSweep() {
		for (Role role : Role.values()) {
			own(role, user("BENCH"));
		}
		this.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
		String owner = user("BENCHOWNER");
		String all = "--personal-data --third-party-model --affects-people --employment --genai --customer-facing --eu";

		create(owner, "\"Warm-up\" " + all);
		List<Long> creation = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < CREATIONS; i++) {
			long start = System.nanoTime();
			keys.add(create(owner, "\"Benchmark " + i + "\" " + all));
			creation.add(System.nanoTime() - start);
		}
		List<Long> gate = new ArrayList<>();
		for (String key : keys) {
			command(owner, "initiative advance " + key);
			long start = System.nanoTime();
			assertThat(command(owner, "initiative advance " + key).text()).contains("Missing approvals");
			gate.add(System.nanoTime() - start);
		}
		for (int i = keys.size(); i < SWEPT_INITIATIVES; i++) {
			create(owner, "\"Swept " + i + "\" " + all);
		}

		this.clock.set(Instant.parse("2027-03-04T09:00:00Z"));
		long idle = System.nanoTime();
		this.reminders.sweep();
		long idleNanos = System.nanoTime() - idle;
		// every review of every initiative is in its nudge window (ux is due in 5
		// business days)
		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		long busy = System.nanoTime();
		int queued = this.reminders.sweep();
		long busyNanos = System.nanoTime() - busy;
		long again = System.nanoTime();
		int requeued = this.reminders.sweep();
		long againNanos = System.nanoTime() - again;

		System.out.printf("%nReviewBenchmark (MariaDB, Slack stub; 2-core machine)%n");
		System.out.printf("initiative new with 7 attributes (9 reviews), %d runs: p50 %d ms, p95 %d ms, max %d ms%n",
				CREATIONS, percentile(creation, 50), percentile(creation, 95), percentile(creation, 100));
		System.out.printf("gated advance refused, %d runs: p50 %d ms, p95 %d ms, max %d ms%n", gate.size(),
				percentile(gate, 50), percentile(gate, 95), percentile(gate, 100));
		System.out.printf("reminder sweep, nothing due: %d ms%n", Duration.ofNanos(idleNanos).toMillis());
		System.out.printf("reminder sweep over >= %d open reviews, %d reminders queued: %d ms%n", SWEPT_INITIATIVES * 9,
				queued, Duration.ofNanos(busyNanos).toMillis());
		System.out.printf("reminder sweep repeated, %d queued: %d ms%n%n", requeued,
				Duration.ofNanos(againNanos).toMillis());
		assertThat(requeued).isZero();
	}

	private static long percentile(List<Long> nanos, int p) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
		return Duration.ofNanos(sorted.get(Math.max(0, index))).toMillis();
	}

}
