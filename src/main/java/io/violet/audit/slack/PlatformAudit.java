package io.violet.audit.slack;

import io.violet.audit.AuditTrail;
import io.violet.slack.CommandLimited;
import io.violet.slack.ParkedWorkRetried;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what admins do to the Slack platform itself, in the transaction that did it,
 * and the commands Violet refused because someone ran them too often.
 */
@Component
class PlatformAudit {

	private final AuditTrail trail;

	PlatformAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(CommandLimited event) {
		this.trail.record(event.userId(), "limit.refused", "user:" + event.userId(),
				event.action() + ": more than " + event.limit() + " per " + event.window());
	}

	@EventListener
	void on(ParkedWorkRetried event) {
		this.trail.record(event.by(), "ops.retry", "slack:parked-work", event.what());
	}

}
