package io.violet.audit.slack;

import io.violet.audit.AuditTrail;
import io.violet.slack.ParkedWorkRetried;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records what admins do to the Slack platform itself, in the transaction that did it.
 */
@Component
class PlatformAudit {

	private final AuditTrail trail;

	PlatformAudit(AuditTrail trail) {
		this.trail = trail;
	}

	@EventListener
	void on(ParkedWorkRetried event) {
		this.trail.record(event.by(), "ops.retry", "slack:parked-work", event.what());
	}

}
