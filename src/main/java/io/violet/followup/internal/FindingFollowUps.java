package io.violet.followup.internal;

import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.NewFollowUp;
import io.violet.teaming.Finding;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every violet-team finding is tracked as a follow-up of its initiative, owned by the
 * finding's owner; resolving the finding closes it. Neither module reaches into the
 * other: the teaming module announces, this one listens. Safe to run twice: a finding is
 * one source key.
 */
@Component
class FindingFollowUps {

	static final String SOURCE_PREFIX = "finding:";

	private final FollowUpService service;

	FindingFollowUps(FollowUpService service) {
		this.service = service;
	}

	@ApplicationModuleListener
	void on(FindingRaised event) {
		FollowUpSeverity severity = FollowUpSeverity.fromKey(event.severity()).orElse(FollowUpSeverity.MEDIUM);
		this.service.create(new NewFollowUp(event.text(), event.owner(), severity, event.due(), event.initiativeKey(),
				null, FollowUpSource.FINDING, sourceKey(event.initiativeKey(), event.number()), event.raisedBy(),
				"violet-team finding " + Finding.labelOf(event.number()) + " of " + event.initiativeKey() + ", "
						+ event.lens() + " lens"));
	}

	@ApplicationModuleListener
	void on(FindingResolved event) {
		this.service.closeBySource(sourceKey(event.initiativeKey(), event.number()), event.by(),
				"finding resolved: " + event.mitigation());
	}

	static String sourceKey(String initiativeKey, int number) {
		return SOURCE_PREFIX + initiativeKey.toUpperCase(java.util.Locale.ROOT) + ":" + number;
	}

}
