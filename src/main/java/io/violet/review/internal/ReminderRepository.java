package io.violet.review.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRepository extends JpaRepository<Reminder, Long> {

	boolean existsByReviewIdAndKindAndRecipient(long reviewId, Reminder.Kind kind, String recipient);

}
