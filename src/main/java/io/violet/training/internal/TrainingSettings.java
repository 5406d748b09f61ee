package io.violet.training.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the training module.
 *
 * @param allStaffGroup a Slack user group ({@code S…}) whose members are "all staff";
 * empty for every active human of the workspace ({@code VIOLET_TRAINING_ALL_STAFF_GROUP})
 * @param publicUrl the address where Violet's app port is reachable, for calendar links
 * ({@code VIOLET_TRAINING_PUBLIC_URL}); empty leaves the {@code .ics} link out
 * @param sessionMinutes how long a session lasts in calendars
 * @param batchSize how many messages one delivery batch sends before it checks again
 * @param digestCron when the weekly overdue digest goes out (Quartz cron, in
 * {@code VIOLET_TIMEZONE})
 */
@ConfigurationProperties("violet.training")
public record TrainingSettings(@DefaultValue("") String allStaffGroup, @DefaultValue("") String publicUrl,
		@DefaultValue("60") int sessionMinutes, @DefaultValue("20") int batchSize,
		@DefaultValue("0 0 9 ? * MON") String digestCron) {

}
