package io.violet.insights.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import io.violet.BusinessCalendar;
import io.violet.insights.Spread;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Working days across weekends, a clock change and a different organisation zone, and the
 * median and percentile rules.
 */
class WorkingDaysTests {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	final BusinessCalendar calendar = new BusinessCalendar();

	static Instant at(String local, ZoneId zone) {
		return LocalDateTime.parse(local).atZone(zone).toInstant();
	}

	@Test
	void fridayAfternoonToMondayAfternoonIsOneDayAcrossTheClockChange() {
		Instant friday = at("2026-03-27T15:00", BERLIN);
		Instant monday = at("2026-03-30T15:00", BERLIN);
		// the clocks went forward on Sunday: 71 hours, still one working day
		assertThat(Duration.between(friday, monday)).isEqualTo(Duration.ofHours(71));
		assertThat(new WorkingDays(this.calendar, BERLIN).between(friday, monday)).isCloseTo(1.0, within(1e-9));
		// the same moments counted in UTC: Friday 14:00–24:00 and Monday 00:00–13:00
		assertThat(new WorkingDays(this.calendar, ZoneOffset.UTC).between(friday, monday)).isCloseTo(23.0 / 24,
				within(1e-9));
	}

	@Test
	void theOrganisationsZoneDecidesWhatIsAWeekend() {
		// Sunday 23:30 UTC is Monday 01:30 in Berlin
		Instant from = Instant.parse("2026-04-12T23:30:00Z");
		Instant to = Instant.parse("2026-04-13T01:30:00Z");
		assertThat(new WorkingDays(this.calendar, BERLIN).between(from, to)).isCloseTo(2.0 / 24, within(1e-9));
		assertThat(new WorkingDays(this.calendar, ZoneOffset.UTC).between(from, to)).isCloseTo(1.5 / 24, within(1e-9));
	}

	@Test
	void aWholeWeekendCountsNothingAndBackwardsIsZero() {
		Instant saturday = at("2026-04-11T08:00", BERLIN);
		Instant sunday = at("2026-04-12T20:00", BERLIN);
		WorkingDays days = new WorkingDays(this.calendar, BERLIN);
		assertThat(days.between(saturday, sunday)).isZero();
		assertThat(days.between(sunday, saturday)).isZero();
		// Thursday noon to the Tuesday after: ½ + 1 + 1 + ½
		assertThat(days.between(at("2026-04-09T12:00", BERLIN), at("2026-04-14T12:00", BERLIN))).isCloseTo(3.0,
				within(1e-9));
	}

	@Test
	void medianAndNearestRankPercentile() {
		assertThat(Spread.of(List.of())).isEqualTo(Spread.NONE);
		assertThat(Spread.of(List.of(4.0))).isEqualTo(new Spread(1, 4.0, 4.0));
		assertThat(Spread.of(List.of(3.0, 1.0))).isEqualTo(new Spread(2, 2.0, 3.0));
		// ten values 1..10: median 5.5, p90 the 9th smallest
		List<Double> ten = List.of(10.0, 9.0, 8.0, 7.0, 6.0, 5.0, 4.0, 3.0, 2.0, 1.0);
		assertThat(Spread.of(ten)).isEqualTo(new Spread(10, 5.5, 9.0));
		// eleven values: p90 is the 10th smallest (⌈9.9⌉)
		List<Double> eleven = new java.util.ArrayList<>(ten);
		eleven.add(11.0);
		assertThat(Spread.of(eleven)).isEqualTo(new Spread(11, 6.0, 10.0));
	}

}
