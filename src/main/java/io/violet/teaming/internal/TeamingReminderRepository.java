package io.violet.teaming.internal;

import io.violet.teaming.Lens;

import org.springframework.data.jpa.repository.JpaRepository;

interface TeamingReminderRepository extends JpaRepository<TeamingReminder, Long> {

	boolean existsBySessionIdAndLensAndKindAndRecipient(long sessionId, Lens lens, TeamingReminder.Kind kind,
			String recipient);

}
