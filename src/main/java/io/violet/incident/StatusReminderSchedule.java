package io.violet.incident;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * When the commander of an unresolved incident is next asked for a status update, and how
 * many of those reminders came due and were sent (the difference is what is still to
 * send). Columns of the incident's own table.
 */
@Embeddable
class StatusReminderSchedule {

	private @Nullable Instant nextStatusReminderAt;

	private int statusRemindersDue;

	private int statusRemindersSent;

	int due() {
		return this.statusRemindersDue;
	}

	int sent() {
		return this.statusRemindersSent;
	}

	void schedule(@Nullable Instant at) {
		this.nextStatusReminderAt = at;
	}

	void cameDue(Instant next) {
		this.statusRemindersDue++;
		this.nextStatusReminderAt = next;
	}

	void markSent() {
		this.statusRemindersSent = this.statusRemindersDue;
	}

}
