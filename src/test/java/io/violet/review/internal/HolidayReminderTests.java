package io.violet.review.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.client.WireMock;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.review.ReviewKind;
import io.violet.review.ReviewSummary;
import io.violet.review.Reviews;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holidays move due dates and keep nudges off people's days off: Friday 2027-03-12 is a
 * holiday for everyone ({@code VIOLET_HOLIDAYS}), Monday 2027-03-15 only for the Tokyo
 * office (the holidays file).
 */
// a context of its own (other settings): closed afterwards so that its connection pool
// does not stay open beside the shared context's for the rest of the run
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestPropertySource(properties = { "violet.holidays=2027-03-12",
		"violet.holidays-file=src/test/resources/io/violet/review/internal/holidays.txt" })
class HolidayReminderTests extends InitiativeTestSupport {

	@Autowired
	ReviewReminders reminders;

	@Autowired
	Reviews reviews;

	@Autowired
	ReminderRepository reminderRows;

	@Test
	void dueDatesSkipHolidaysAndANudgeWaitsUntilTheRecipientsHolidayIsOver() {
		String berlin = user("BERLIN");
		String tokyo = user("TOKYO");
		own(Role.SECURITY_ARCHITECT, berlin, tokyo);
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/users.info"))
				.withRequestBody(containing("user=" + tokyo))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"user\":{\"id\":\"" + tokyo + "\",\"name\":\"tokyo\","
						+ "\"tz\":\"Asia/Tokyo\",\"is_admin\":false,\"is_owner\":false,\"deleted\":false,\"is_bot\":false}}")));
		// Monday 2027-03-01 09:00 in Berlin
		this.clock.set(Instant.parse("2027-03-01T08:00:00Z"));
		String key = create(user("OWNER"), "\"Holidays\"");
		// ten business days without Friday 12 March: Tuesday 16 March, nudges from Monday
		ReviewSummary threatModel = this.reviews.of(key)
			.stream()
			.filter((r) -> r.kind() == ReviewKind.THREAT_MODEL)
			.findFirst()
			.orElseThrow();
		assertThat(threatModel.dueAt()).isEqualTo(Instant.parse("2027-03-16T08:00:00Z"));
		String nudge = "Reminder: the *Threat model review* of *" + key + "*";

		// Friday 10:00 in Berlin, the organisation's holiday: nothing is due yet
		this.clock.set(Instant.parse("2027-03-12T09:00:00Z"));
		this.reminders.sweep();
		assertThat(this.reminderRows.existsByReviewIdAndKindAndRecipient(threatModel.id(), Reminder.Kind.NUDGE, berlin))
			.isFalse();

		// Monday 09:30 in Berlin, 17:30 in Tokyo: within both working days, but Tokyo is
		// off
		this.clock.set(Instant.parse("2027-03-15T08:30:00Z"));
		this.reminders.sweep();
		// the sweep records whom it nudges before it returns
		assertThat(this.reminderRows.existsByReviewIdAndKindAndRecipient(threatModel.id(), Reminder.Kind.NUDGE, berlin))
			.isTrue();
		assertThat(this.reminderRows.existsByReviewIdAndKindAndRecipient(threatModel.id(), Reminder.Kind.NUDGE, tokyo))
			.as("no nudge on the Tokyo office's holiday")
			.isFalse();
		awaitDm(berlin, nudge);
		assertThat(nudges(tokyo, nudge)).isEmpty();

		// Tuesday 09:30 in Tokyo, still before the review is due
		this.clock.set(Instant.parse("2027-03-16T00:30:00Z"));
		this.reminders.sweep();
		awaitDm(tokyo, nudge);
		assertThat(nudges(berlin, nudge)).hasSize(1);
	}

	private List<Map<String, String>> nudges(String userId, String text) {
		return dmsTo(userId).stream().filter((c) -> c.get("text").contains(text)).toList();
	}

}
