package io.violet;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape every sweep shares: a durable job and a trigger under the same name and
 * group, repeating forever at the configured interval but no faster than the floor, and
 * dropping the runs missed while no node was up.
 */
class RecurringJobTests {

	private static final RecurringJob SWEEP = new RecurringJob("test-sweep", "violet-test", "Sweeps for a test",
			Sweep.class);

	@Test
	void theJobIsStoredDurablyUnderItsNameAndClass() {
		JobDetail detail = SWEEP.detail();
		assertThat(detail.getKey().getName()).isEqualTo("test-sweep");
		assertThat(detail.getKey().getGroup()).isEqualTo("violet-test");
		assertThat(detail.getJobClass()).isEqualTo(Sweep.class);
		assertThat(detail.getDescription()).isEqualTo("Sweeps for a test");
		assertThat(detail.isDurable()).isTrue();
	}

	@Test
	void theTriggerRepeatsAtTheIntervalButNeverBelowTheFloor() {
		Trigger every90 = SWEEP.every(Duration.ofSeconds(90), Duration.ofSeconds(60));
		assertThat(every90.getKey().getName()).isEqualTo("test-sweep");
		assertThat(every90.getKey().getGroup()).isEqualTo("violet-test");
		assertThat(every90.getJobKey()).isEqualTo(SWEEP.detail().getKey());
		assertThat(every90).isInstanceOfSatisfying(SimpleTrigger.class, (simple) -> {
			assertThat(simple.getRepeatInterval()).isEqualTo(90_000);
			assertThat(simple.getRepeatCount()).isEqualTo(SimpleTrigger.REPEAT_INDEFINITELY);
			assertThat(simple.getMisfireInstruction())
				.isEqualTo(SimpleTrigger.MISFIRE_INSTRUCTION_RESCHEDULE_NEXT_WITH_REMAINING_COUNT);
		});
		assertThat(((SimpleTrigger) SWEEP.every(Duration.ofSeconds(5), Duration.ofSeconds(60))).getRepeatInterval())
			.isEqualTo(60_000);
	}

	static class Sweep implements Job {

		@Override
		public void execute(JobExecutionContext context) {
		}

	}

}
