package io.violet.audit.slack;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.violet.audit.AuditTrail;
import io.violet.testing.SlackTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AuditCommandTests extends SlackTestSupport {

	@Autowired
	AuditTrail trail;

	@Test
	void adminsReadTheTrailMostRecentFirst() {
		// far enough ahead that no other test's entries share the page
		this.clock.set(Instant.parse("2036-06-01T10:00:00Z"));
		this.trail.record("U0AUDIT1", "test.first", "thing:1", "older");
		this.clock.set(this.clock.instant().plusSeconds(5));
		this.trail.record("U0AUDIT1", "test.second", "thing:2", "<!channel> newer");
		String text = command(ADMIN, "audit --since 2036-06-01").text();
		assertThat(text.indexOf("test.second")).isLessThan(text.indexOf("test.first"));
		assertThat(text).contains("<@U0AUDIT1>").contains("&lt;!channel&gt; newer").doesNotContain("<!channel>");
	}

	@Test
	void othersAreRefused() {
		assertThat(command("U0NOBODY", "audit").text()).contains("Only Violet admins can read the audit trail");
	}

	@Test
	void sinceFiltersByDayAndBadDatesAreNamed() {
		LocalDate future = LocalDate.of(2037, 6, 1);
		this.clock.set(future.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(60));
		this.trail.record("U0AUDIT2", "test.future", "thing:3", null);
		String text = command(ADMIN, "audit --since " + future).text();
		assertThat(text).contains("test.future").doesNotContain("test.first");
		assertThat(command(ADMIN, "audit --since yesterday").text()).contains("not a date like 2026-01-31");
		assertThat(command(ADMIN, "audit --page 0").text()).contains("page number");
		assertThat(command(ADMIN, "audit extra").text()).contains("takes no words");
	}

	@Test
	void pagesThroughALongTrail() {
		Instant base = this.clock.instant();
		for (int i = 0; i < 25; i++) {
			this.clock.set(base.plusSeconds(i));
			this.trail.record("U0AUDIT3", "test.bulk", "bulk:" + i, null);
		}
		String first = command(ADMIN, "audit").text();
		assertThat(first).contains("page 1 of").contains("--page 2");
		assertThat(command(ADMIN, "audit --page 2").text()).contains("page 2 of");
	}

}
