package io.violet.followup.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpTestSupport;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import io.violet.followup.FollowUps;
import io.violet.teaming.FindingRaised;
import io.violet.teaming.FindingResolved;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A violet-team finding becomes a follow-up of its initiative through the teaming
 * module's events alone: {@code FindingRaised} creates it for the finding's owner with
 * the finding's severity and due date (once, however often the event is delivered), and
 * {@code FindingResolved} closes it with the mitigation as its note.
 */
class FindingFollowUpsTests extends FollowUpTestSupport {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	FollowUps facade;

	@Autowired
	AuditTrail audit;

	@Test
	void aRaisedFindingIsTrackedForItsOwnerHoldsProductionAndIsClosedWhenResolved() {
		String owner = user("OWN");
		String raisedBy = user("SEC");
		String initiativeOwner = user("INIT");
		String initiative = create(initiativeOwner, "\"Findings tracked\"");
		LocalDate due = LocalDate.now(ZoneOffset.UTC).plusDays(20);
		FindingRaised raised = new FindingRaised(initiative, 1L, 1, "security", "critical",
				"Retrieved pages can carry instructions the agent follows", raisedBy, owner, due);

		publish(raised);
		await().atMost(Duration.ofSeconds(30)).until(() -> findingFollowUps(initiative).size() == 1);
		FollowUp followUp = findingFollowUps(initiative).get(0);
		assertThat(followUp.ownerId()).isEqualTo(owner);
		assertThat(followUp.severity()).isEqualTo(FollowUpSeverity.CRITICAL);
		assertThat(followUp.due()).isEqualTo(due);
		assertThat(followUp.text()).isEqualTo("Retrieved pages can carry instructions the agent follows");
		assertThat(followUp.origin()).contains("violet-team finding VT-1 of " + initiative, "security lens");
		assertThat(followUp.createdBy()).isEqualTo(raisedBy);
		awaitDmContaining(owner, "You own follow-up *" + followUp.key() + "*");
		assertThat(this.facade.blockingProduction(initiative)).extracting(FollowUp::key)
			.containsExactly(followUp.key());

		// delivered again (a resubmitted publication): still one
		publish(raised);
		String marker = add(initiativeOwner, "\"marker\" <@" + owner + "> --initiative " + initiative);
		await().atMost(Duration.ofSeconds(30))
			.until(() -> this.followUps.ofInitiative(initiative, ADMIN)
				.stream()
				.anyMatch((f) -> f.key().equals(marker)));
		assertThat(findingFollowUps(initiative)).hasSize(1);

		publish(new FindingResolved(initiative, 1L, 1, raisedBy, "Retrieved content is quarantined"));
		await().atMost(Duration.ofSeconds(30)).until(() -> followUp(followUp.key()).done());
		assertThat(followUp(followUp.key()).closedBy()).isEqualTo(raisedBy);
		assertThat(followUp(followUp.key()).note()).contains("Retrieved content is quarantined");
		assertThat(this.facade.blockingProduction(initiative)).isEmpty();
		assertThat(this.audit.about("followup:" + followUp.key())).extracting(AuditRecord::action)
			.containsExactly("followup.created", "followup.done");
	}

	private void publish(Object event) {
		this.transactions.executeWithoutResult((status) -> this.events.publishEvent(event));
	}

	private List<FollowUp> findingFollowUps(String initiative) {
		return this.followUps.ofInitiative(initiative, ADMIN)
			.stream()
			.filter((f) -> f.source() == FollowUpSource.FINDING)
			.toList();
	}

}
