package io.violet.followup.internal;

import java.time.LocalDate;

import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpReminderRepository extends JpaRepository<FollowUpReminder, Long> {

	boolean existsByFollowUpIdAndKindAndRecipientAndForDate(long followUpId, FollowUpReminder.Kind kind,
			String recipient, LocalDate forDate);

}
