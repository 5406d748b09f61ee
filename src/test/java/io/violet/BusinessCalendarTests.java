package io.violet;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BusinessCalendarTests {

	private final BusinessCalendar calendar = new BusinessCalendar();

	private static final ZoneId UTC = ZoneId.of("UTC");

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Test
	void businessDaysSkipWeekends() {
		// Thursday + 2 business days = Monday
		assertThat(this.calendar.plusBusinessDays(Instant.parse("2027-03-04T10:00:00Z"), 2, UTC))
			.isEqualTo(Instant.parse("2027-03-08T10:00:00Z"));
		// Monday - 1 business day = Friday
		assertThat(this.calendar.plusBusinessDays(Instant.parse("2027-03-15T08:00:00Z"), -1, UTC))
			.isEqualTo(Instant.parse("2027-03-12T08:00:00Z"));
		// a request on Saturday counts from Monday morning
		assertThat(this.calendar.plusBusinessDays(Instant.parse("2027-03-06T15:00:00Z"), 1, UTC))
			.isEqualTo(Instant.parse("2027-03-09T09:00:00Z"));
	}

	@Test
	void workingTimeIsWeekdaysBetweenStartAndEndInTheGivenZone() {
		LocalTime nine = LocalTime.of(9, 0);
		LocalTime six = LocalTime.of(18, 0);
		// Friday 09:00 UTC is 10:00 in Berlin
		assertThat(this.calendar.isWorkingTime(Instant.parse("2027-03-12T09:00:00Z"), BERLIN, nine, six)).isTrue();
		// 08:00 UTC is exactly 09:00 in Berlin; 17:00 UTC is 18:00, already closed
		assertThat(this.calendar.isWorkingTime(Instant.parse("2027-03-12T08:00:00Z"), BERLIN, nine, six)).isTrue();
		assertThat(this.calendar.isWorkingTime(Instant.parse("2027-03-12T17:00:00Z"), BERLIN, nine, six)).isFalse();
		// Saturday
		assertThat(this.calendar.isWorkingTime(Instant.parse("2027-03-13T10:00:00Z"), BERLIN, nine, six)).isFalse();
		// Friday 23:30 UTC is already Saturday in Tokyo
		assertThat(
				this.calendar.isWorkingTime(Instant.parse("2027-03-12T23:30:00Z"), ZoneId.of("Asia/Tokyo"), nine, six))
			.isFalse();
	}

}
