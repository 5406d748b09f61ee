package io.violet.audit;

import io.violet.slack.Administrators;
import io.violet.slack.CommandLimited;
import io.violet.slack.ParkedWorkRetried;
import io.violet.testing.ModuleTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The audit module beside the Slack platform it depends on: what the platform announces
 * about refused commands and retried parked work lands in the trail. Who administers
 * Violet (the directory module's answer) is a stand-in.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class AuditModuleTests extends ModuleTestSupport {

	@MockitoBean
	Administrators administrators;

	@Autowired
	AuditTrail trail;

	@Test
	void aCommandRefusedForItsRateIsRecordedAgainstTheUser(Scenario scenario) {
		scenario.publish(new CommandLimited("UBUSY", "incident declare", 5, "PT1H"))
			.andWaitForStateChange(() -> this.trail.about("user:UBUSY"), (records) -> !records.isEmpty())
			.andVerify((records) -> assertThat(records).singleElement().satisfies((record) -> {
				assertThat(record.actor()).isEqualTo("UBUSY");
				assertThat(record.action()).isEqualTo("limit.refused");
				assertThat(record.details()).isEqualTo("incident declare: more than 5 per PT1H");
			}));
	}

	@Test
	void parkedWorkAnAdminRetriedIsRecordedAsAnOperation(Scenario scenario) {
		scenario.publish(new ParkedWorkRetried("UADMIN", "slack-job 7 slack-job 9"))
			.andWaitForStateChange(() -> this.trail.about("slack:parked-work"), (records) -> !records.isEmpty())
			.andVerify((records) -> assertThat(records)
				.extracting(AuditRecord::actor, AuditRecord::action, AuditRecord::details)
				.containsExactly(tuple("UADMIN", "ops.retry", "slack-job 7 slack-job 9")));
	}

}
