package io.violet.initiative.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

import io.violet.directory.Directory;
import io.violet.slack.Mrkdwn;
import io.violet.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Tells Violet admins that initiatives cannot be created because no channel is
 * configured; at most once an hour per node, since nothing was recorded that could carry
 * the state.
 */
@Component
class AdminNotice {

	private static final Logger log = LoggerFactory.getLogger(AdminNotice.class);

	private final Directory directory;

	private final SlackGateway gateway;

	private final Executor executor;

	private final Clock clock;

	private final AtomicReference<Instant> lastTold = new AtomicReference<>(Instant.EPOCH);

	AdminNotice(Directory directory, SlackGateway gateway, @Qualifier("slackWorkExecutor") Executor executor,
			Clock clock) {
		this.directory = directory;
		this.gateway = gateway;
		this.executor = executor;
		this.clock = clock;
	}

	void channelNotConfigured(String triedBy) {
		Instant now = this.clock.instant();
		Instant last = this.lastTold.get();
		if (now.isBefore(last.plus(Duration.ofHours(1))) || !this.lastTold.compareAndSet(last, now)) {
			return;
		}
		this.executor.execute(() -> {
			for (String admin : this.directory.configuredAdmins()) {
				try {
					this.gateway.dm(admin,
							":warning: " + Mrkdwn.user(triedBy)
									+ " tried to create an AI initiative, but Violet has no initiatives channel. "
									+ "Set `VIOLET_INITIATIVES_CHANNEL` to a channel id and invite Violet there.",
							java.util.List.of());
				}
				catch (RuntimeException ex) {
					log.warn("Could not tell an admin about the missing initiatives channel: {}", ex.getMessage());
				}
			}
		});
	}

}
