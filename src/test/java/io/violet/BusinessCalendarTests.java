package io.violet;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

	@Test
	void holidaysAreDaysOffForEveryoneOrOnlyForTheirZone() {
		BusinessCalendar calendar = new BusinessCalendar(List.of(),
				List.of("2027-03-12", " --12-25 ", "2027-10-03@Europe/Berlin", "--05-03@Asia/Tokyo"));
		ZoneId tokyo = ZoneId.of("Asia/Tokyo");
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-03-12"), UTC)).isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-03-12"), tokyo)).isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2031-12-25"), BERLIN)).as("every year").isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-10-04"), BERLIN)).isTrue();
		// Sunday 3 October 2027 anyway; Friday 3 October 2031 only in Berlin
		assertThat(calendar.isHoliday(LocalDate.parse("2027-10-03"), BERLIN)).isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2031-10-03"), BERLIN)).isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2031-05-05"), tokyo)).isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2028-05-03"), tokyo)).isFalse();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2028-05-03"), BERLIN)).isTrue();
		// Thursday 11 March + 1 business day skips Friday's holiday and the weekend
		assertThat(calendar.plusBusinessDays(Instant.parse("2027-03-11T10:00:00Z"), 1, UTC))
			.isEqualTo(Instant.parse("2027-03-15T10:00:00Z"));
		assertThat(calendar.plusBusinessDays(Instant.parse("2027-03-15T10:00:00Z"), -1, UTC))
			.isEqualTo(Instant.parse("2027-03-11T10:00:00Z"));
		assertThat(calendar.isWorkingTime(Instant.parse("2027-03-12T10:00:00Z"), BERLIN, LocalTime.of(9, 0),
				LocalTime.of(18, 0)))
			.isFalse();
	}

	@Test
	void weekendsAreConfigurableForEveryoneAndPerZone() {
		ZoneId riyadh = ZoneId.of("Asia/Riyadh");
		BusinessCalendar calendar = new BusinessCalendar(
				List.of("saturday", "SUNDAY", "FRIDAY@Asia/Riyadh", "SATURDAY@Asia/Riyadh"), List.of());
		assertThat(calendar.weekendOf(riyadh)).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
		assertThat(calendar.weekendOf(BERLIN)).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
		// Sunday 14 March 2027 is a working day in Riyadh, Friday 12 is not
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-03-14"), riyadh)).isTrue();
		assertThat(calendar.isBusinessDay(LocalDate.parse("2027-03-12"), riyadh)).isFalse();
		BusinessCalendar sixDays = new BusinessCalendar(List.of("SUNDAY"), List.of());
		assertThat(sixDays.isBusinessDay(LocalDate.parse("2027-03-13"), UTC)).isTrue();
	}

	@Test
	void wrongEntriesAreNamedWithTheRightForm() {
		assertThatThrownBy(() -> new BusinessCalendar(List.of(), List.of("2027-13-01")))
			.hasMessageContaining("\"2027-13-01\" is not a holiday: use yyyy-MM-dd");
		assertThatThrownBy(() -> new BusinessCalendar(List.of(), List.of("2027-03-01@Mars/Olympus")))
			.hasMessageContaining("Mars/Olympus in this holiday is not a time zone");
		assertThatThrownBy(() -> new BusinessCalendar(List.of("Caturday"), List.of()))
			.hasMessageContaining("\"Caturday\" is not a weekend day");
		assertThatThrownBy(() -> BusinessCalendar
			.fileEntries(List.of("# holidays", "2027-12-24 Christmas Eve", "12/25"), "holidays.txt"))
			.hasMessageStartingWith("holidays.txt line 3: \"12/25\" is not a holiday");
	}

	@Test
	void aHolidaysFileHasOneEntryALineWithNamesAndComments() {
		assertThat(
				BusinessCalendar.fileEntries(List.of("# 2027, Berlin office", "", "2027-10-03@Europe/Berlin  Unity Day",
						"--12-25 Christmas # every year", "   2027-04-02\tGood Friday"), "f"))
			.containsExactly("2027-10-03@Europe/Berlin", "--12-25", "2027-04-02");
	}

}
