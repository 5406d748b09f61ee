package io.violet.incident;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;

import io.violet.audit.AuditTrail;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands that create Slack objects are limited per person (by default 10 per 10
 * minutes), counted in the database so that every replica counts the same: the next one
 * is refused with a clear answer and an audit entry, and nothing is created.
 */
class DeclarationLimitTests extends IncidentTestSupport {

	@Autowired
	AuditTrail audit;

	private int incidentsReportedBy(String user) {
		Integer count = this.jdbc.queryForObject("SELECT COUNT(*) FROM incident WHERE reporter = ?", Integer.class,
				user);
		return (count != null) ? count : 0;
	}

	/** Uses recorded by another replica a moment ago. */
	private void usedElsewhere(String user, String action, int times) {
		for (int i = 0; i < times; i++) {
			this.jdbc.update("INSERT INTO command_use (user_id, action, used_at) VALUES (?, ?, ?)", user, action,
					Timestamp.from(this.clock.instant().minusSeconds(30)));
		}
	}

	@Test
	void theEleventhDeclarationInTenMinutesIsRefusedAndAuditedThenAllowedAgain() {
		String user = newUser();
		for (int i = 1; i <= 10; i++) {
			declare(user, "other sev4 \"Declared by a script " + i + "\"");
		}
		Answer refused = command(user, "incident declare other sev4 \"One too many\"");
		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.text()).contains("10 times in the last 10 minutes")
			.contains("nothing was done")
			.contains("VIOLET_LIMITS_INCIDENT_DECLARE")
			.doesNotContain("Declared AI incident");
		assertThat(incidentsReportedBy(user)).isEqualTo(10);
		assertThat(this.audit.about("user:" + user)).anySatisfy((r) -> {
			assertThat(r.action()).isEqualTo("limit.refused");
			assertThat(r.actor()).isEqualTo(user);
			assertThat(r.details()).contains("incident declare");
		});

		// someone else is not limited by it
		declare(newUser(), "other sev4 \"Somebody else's report\"");

		// ten minutes after the first ones, the window has room again
		this.clock.advance(Duration.ofMinutes(11));
		declare(user, "other sev4 \"A real one after all\"");
		assertThat(incidentsReportedBy(user)).isEqualTo(11);
	}

	@Test
	void usesCountedByAnotherReplicaCountHereToo() {
		String user = newUser();
		usedElsewhere(user, "INCIDENT_DECLARE", 10);
		assertThat(command(user, "incident declare other sev4 \"From the other node\"").text())
			.contains("10 times in the last 10 minutes");
		assertThat(incidentsReportedBy(user)).isZero();

		// scheduling sessions has a limit of its own
		String hr = "UHRLIM" + UUID.randomUUID().toString().substring(0, 5).toUpperCase();
		this.directory.assign(io.violet.directory.Role.HR, java.util.List.of(hr), false, ADMIN);
		try {
			usedElsewhere(hr, "TRAINING_SCHEDULE", 10);
			assertThat(command(hr, "training schedule ai-literacy 2031-03-04 10:00 --tz UTC").text())
				.contains("`training schedule` 10 times");
		}
		finally {
			this.directory.remove(io.violet.directory.Role.HR, hr, ADMIN);
		}
	}

}
