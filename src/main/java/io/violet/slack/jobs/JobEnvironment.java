package io.violet.slack.jobs;

import java.time.Clock;
import java.time.Instant;

import io.violet.slack.SlackGateway;
import io.violet.slack.SlackJobs;
import io.violet.slack.SlackMethod;
import io.violet.slack.UserReachability;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;

/**
 * What every run of a job has around it: Slack, the effect records, who can be reached,
 * and the admins' notices.
 */
final class JobEnvironment implements JobContext {

	private static final Logger log = LoggerFactory.getLogger(JobEnvironment.class);

	private final SlackGateway gateway;

	private final EffectStore effects;

	private final Clock clock;

	private final ObjectProvider<UserReachability> reachability;

	private final SlackJobs jobs;

	JobEnvironment(SlackGateway gateway, EffectStore effects, Clock clock,
			ObjectProvider<UserReachability> reachability, SlackJobs jobs) {
		this.gateway = gateway;
		this.effects = effects;
		this.clock = clock;
		this.reachability = reachability;
		this.jobs = jobs;
	}

	@Override
	public SlackGateway gateway() {
		return this.gateway;
	}

	@Override
	public EffectStore effects() {
		return this.effects;
	}

	@Override
	public Instant now() {
		return this.clock.instant();
	}

	@Override
	public boolean reachable(String userId) {
		UserReachability users = this.reachability.getIfAvailable();
		return users == null || users.isReachable(userId);
	}

	@Override
	public void unreachable(String userId, String error) {
		UserReachability users = this.reachability.getIfAvailable();
		if (users != null) {
			try {
				users.unreachable(userId, error);
			}
			catch (RuntimeException ex) {
				log.warn("Could not note that {} is unreachable: {}", userId, ex.getMessage());
			}
		}
	}

	@Override
	public boolean tellsAdmins(String type) {
		return !AdminNotices.TYPE.equals(type);
	}

	@Override
	public void tellAdmins(String error, SlackMethod method, @Nullable String channel) {
		AdminNotices.submit(this.jobs, error, method, channel);
	}

}
