package io.violet.slack;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Readiness of the Slack transport ({@code socketMode} in the readiness group): in Socket
 * Mode, whether the socket is connected, since a replica without it receives nothing; in
 * HTTP mode always up (Slack reaches the pod through the Ingress). Not in liveness: a
 * Slack outage is no reason to restart the pod.
 */
@Component
class SocketModeHealthIndicator implements HealthIndicator {

	private final SocketModeRunner runner;

	SocketModeHealthIndicator(SocketModeRunner runner) {
		this.runner = runner;
	}

	@Override
	public Health health() {
		if (!this.runner.socketMode()) {
			return Health.up().withDetail("transport", "http").build();
		}
		if (this.runner.connected()) {
			return Health.up().withDetail("transport", "socket-mode").build();
		}
		Health.Builder down = Health.down()
			.withDetail("transport", "socket-mode")
			.withDetail("failedAttempts", this.runner.failures());
		String problem = this.runner.lastProblem();
		return ((problem != null) ? down.withDetail("lastProblem", problem) : down).build();
	}

}
