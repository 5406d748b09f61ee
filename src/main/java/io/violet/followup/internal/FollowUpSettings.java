package io.violet.followup.internal;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Follow-up settings ({@code violet.followup.*}). Reminders follow the review reminder
 * rules: direct messages only on business days within each recipient's working hours, in
 * their own time zone; {@code application.yml} takes the working hours from the review
 * settings unless these are set.
 *
 * @param workdayStart reminders go out from this local time on business days
 * @param workdayEnd and until this local time
 * @param sweepInterval how often the reminder sweep runs
 * @param snoozeDays how many business days "Snooze" postpones the owner's reminders
 * @param reviewDueDays business days the initiative owner gets for the changes a review
 * asks for
 */
@ConfigurationProperties("violet.followup")
public record FollowUpSettings(@DefaultValue("09:00") LocalTime workdayStart,
		@DefaultValue("18:00") LocalTime workdayEnd, @DefaultValue("5m") Duration sweepInterval,
		@DefaultValue("1") int snoozeDays, @DefaultValue("5") int reviewDueDays) {

}
