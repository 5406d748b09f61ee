package io.violet.followup.slack;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.followup.FollowUp;
import io.violet.followup.FollowUpTestSupport;
import io.violet.followup.FollowUpSeverity;
import io.violet.followup.FollowUpSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class FollowUpCommandTests extends FollowUpTestSupport {

	@Autowired
	AuditTrail audit;

	@Test
	void aFollowUpAddedByHandIsTrackedAndItsOwnerToldWithDoneAndSnoozeButtons() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Churn model\"");
		String due = LocalDate.now(ZoneOffset.UTC).plusDays(10).toString();

		Answer answer = command(user("ASK"), "follow-up add \"Rotate the &lt;scoring&gt; key\" <@" + owner
				+ "|ann> --due " + due + " --severity high --initiative " + initiative.toLowerCase());

		assertThat(answer.text()).contains("Created *F-", "owned by <@" + owner + ">", "Rotate the &lt;scoring&gt; key",
				":large_orange_circle: high", "due ", due);
		String key = key(answer.text());
		FollowUp followUp = followUp(key);
		assertThat(followUp.text()).isEqualTo("Rotate the <scoring> key");
		assertThat(followUp.severity()).isEqualTo(FollowUpSeverity.HIGH);
		assertThat(followUp.initiativeKey()).isEqualTo(initiative);
		assertThat(followUp.source()).isEqualTo(FollowUpSource.MANUAL);
		assertThat(followUp.due()).isEqualTo(LocalDate.parse(due));
		String dm = readable(awaitDmContaining(owner, "You own follow-up *" + key + "*").get(0));
		assertThat(dm).contains("followup_done", "followup_snooze", "Rotate the &lt;scoring&gt; key");
		assertThat(command(owner, "follow-up list").text()).contains("Your open follow-ups", key);
		assertThat(command(user("ANY"), "follow-up list " + initiative).text())
			.contains("Follow-ups of " + initiative + "* (1 open, 0 done)", key);
		assertThat(this.audit.about("followup:" + key)).extracting(AuditRecord::action)
			.containsExactly("followup.created");
	}

	@Test
	void onlyTheOwnerTheInitiativeOwnerAndAdminsChangeOne() {
		String owner = user("OWN");
		String initiativeOwner = user("INIT");
		String initiative = create(initiativeOwner, "\"Fraud rules\"");
		String key = add(user("ASK"), "\"Document the fallback\" <@" + owner + "> --initiative " + initiative);

		assertThat(command(user("STRANGER"), "follow-up done " + key).text()).contains("Only its owner");
		assertThat(followUp(key).done()).isFalse();

		assertThat(command(owner, "follow-up done " + key + " \"written up in the runbook\"").text())
			.contains("*" + key + "* is done");
		assertThat(followUp(key).note()).isEqualTo("written up in the runbook");
		assertThat(followUp(key).closedBy()).isEqualTo(owner);
		assertThat(command(owner, "follow-up done " + key).text()).contains("nothing changed");
		assertThat(command(initiativeOwner, "follow-up reopen " + key).text()).contains("open again");

		String next = user("NEXT");
		assertThat(command(ADMIN, "follow-up reassign " + key + " <@" + next + ">").text())
			.contains("now belongs to <@" + next + ">");
		awaitDmContaining(next, "You own follow-up *" + key + "*");
		String later = LocalDate.now(ZoneOffset.UTC).plusDays(30).toString();
		assertThat(command(next, "follow-up due " + key + " " + later).text()).contains("is now due", later);
		assertThat(this.audit.about("followup:" + key)).extracting(AuditRecord::action)
			.containsExactly("followup.created", "followup.done", "followup.reopened", "followup.reassigned",
					"followup.due-changed");
	}

	@Test
	void helpListsEveryFollowUpAndEvidenceCommand() {
		String help = command(user("HELP"), "help").text();
		for (String line : FollowUpCommand.USAGE) {
			assertThat(help).contains(line.substring(0, line.indexOf(' ', "/violet follow-up ".length())));
		}
		assertThat(help).contains("/violet follow-up list", "/violet follow-up show", "/violet follow-up done",
				"/violet follow-up reopen", "/violet follow-up reassign", "/violet follow-up due",
				"/violet follow-up tracker", "/violet incident follow-up", "/violet evidence", "/violet audit export");
	}

	@Test
	void wrongInputIsNamedWithTheRightFormAndNothingIsCreated() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Wrong input\"");
		assertThat(command(owner, "follow-up add \"No owner\" --initiative " + initiative).text())
			.contains("name one owner", "Usage:", "/violet follow-up add");
		assertThat(command(owner,
				"follow-up add \"Bad date\" <@" + owner + "> --due 31.01.2030 --initiative " + initiative)
			.text()).contains("is not a date like 2026-01-31");
		assertThat(command(owner, "follow-up add \"Past\" <@" + owner + "> --due 2001-01-01 --initiative " + initiative)
			.text()).contains("lies in the past");
		assertThat(command(owner,
				"follow-up add \"Bad severity\" <@" + owner + "> --severity urgent --initiative " + initiative)
			.text()).contains("Unknown severity `urgent`");
		assertThat(command(owner, "follow-up add \"No parent\" <@" + owner + ">").text())
			.contains("belongs to an initiative or an incident");
		assertThat(command(owner, "follow-up add \"Unknown\" <@" + owner + "> --initiative AI-999999").text())
			.contains("There is no initiative `AI-999999`");
		assertThat(command(owner, "follow-up add \"x\" <@" + owner + "> --initiative " + initiative + " --colour red")
			.text()).contains("Unknown option `--colour`");
		assertThat(command(owner, "follow-up show F-0").text()).contains("There is no follow-up `F-0`");
		assertThat(command(owner, "follow-up frobnicate").text()).contains("Unknown follow-up command");
		assertThat(this.followUps.ofInitiative(initiative, ADMIN)).isEmpty();
	}

	@Test
	void theDoneButtonOfTheDirectMessageClosesItAndReplacesTheMessage() {
		String owner = user("OWN");
		String initiative = create(user("INIT"), "\"Buttons\"");
		String key = add(owner, "\"Patch the tokenizer\" <@" + owner + "> --initiative " + initiative);
		awaitDmContaining(owner, "You own follow-up *" + key + "*");

		String stranger = "click-" + UUID.randomUUID();
		clickWithResponse(user("STRANGER"), "followup_done", key, "D" + owner, stranger);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(stranger).isEmpty());
		assertThat(this.slack.responses(stranger).get(0)).contains("Only its owner", "\"replace_original\":false");
		assertThat(followUp(key).done()).isFalse();

		String snooze = "click-" + UUID.randomUUID();
		clickWithResponse(owner, "followup_snooze", key, "D" + owner, snooze);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(snooze).isEmpty());
		assertThat(this.slack.responses(snooze).get(0)).contains("is snoozed");

		String done = "click-" + UUID.randomUUID();
		clickWithResponse(owner, "followup_done", key, "D" + owner, done);
		await().atMost(Duration.ofSeconds(20)).until(() -> !this.slack.responses(done).isEmpty());
		assertThat(this.slack.responses(done).get(0)).contains("is done", "\"replace_original\":true");
		assertThat(followUp(key).done()).isTrue();
	}

}
