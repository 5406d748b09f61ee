package io.violet.teaming.slack;

import java.time.Duration;
import java.util.Map;

import com.google.gson.JsonObject;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.teaming.Finding;
import io.violet.teaming.Lens;
import io.violet.teaming.Teaming;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The buttons of a violet-team session, end to end through signed requests: "Convene
 * violet team" on the initiative card (checked like {@code teaming start}), the close
 * button and mitigation modal in a finding owner's DM (only its owner), and handing a
 * finding to another owner.
 */
class TeamingButtonsTests extends TeamingTestSupport {

	@Autowired
	Teaming teaming;

	@Autowired
	AuditTrail audit;

	String owner;

	String security;

	@BeforeEach
	void people() {
		vacateLensRoles();
		this.owner = user("OWNER");
		this.security = user("SEC");
		own(Role.ML_ENGINEER, user("ML"));
		own(Role.SECURITY_ARCHITECT, this.security);
		own(Role.PRIVACY, user("PRIV"));
		own(Role.ETHICS, user("ETH"));
		own(Role.UX_DESIGNER, user("UX"));
		own(Role.LEGAL, user("LEGAL"));
	}

	@Test
	void theConveneButtonOnTheCardStartsASessionForThoseWhoMay() {
		String key = create(this.owner, "\"Invoice reader\" --genai");
		String thread = awaitThread(key);
		// the card carries the button while no session is open
		assertThat(this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> INITIATIVES_CHANNEL.equals(c.get("channel")) && c.get("thread_ts") == null
					&& c.get("text") != null && c.get("text").contains(key))
			.map((c) -> c.get("blocks")))
			.anySatisfy((blocks) -> assertThat(blocks).contains(TeamingCardSection.CONVENE_ACTION)
				.contains("Convene violet team"));

		String refused = name();
		clickAs(user("RANDOM"), TeamingCardSection.CONVENE_ACTION, key, refused);
		assertThat(responseText(refused))
			.contains("Only Violet admins, the initiative's owner and security-architect owners");
		assertThat(this.reader.latest(key)).isEmpty();

		String started = name();
		clickAs(this.security, TeamingCardSection.CONVENE_ACTION, key, started);
		assertThat(responseText(started)).contains("Violet team convened on *" + key + " Invoice reader*");
		assertThat(session(key).startedBy()).isEqualTo(this.security);
		awaitReplies(thread, "Violet team on " + key);
		awaitDm(this.security, "You answer the *Security* lens");
		// the card's section now shows the session, without the button
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> thread.equals(c.get("ts")) && c.get("blocks") != null
						&& c.get("blocks").contains("0/6 lenses answered")
						&& !c.get("blocks").contains(TeamingCardSection.CONVENE_ACTION)));

		// a second click finds the open session and starts nothing
		String again = name();
		clickAs(this.owner, TeamingCardSection.CONVENE_ACTION, key, again);
		assertThat(responseText(again)).contains("already has an open violet-team session");
		assertThat(this.audit.about("initiative:" + key)).extracting(AuditRecord::action)
			.containsOnlyOnce("teaming.started");

		// Violet admins and the initiative's owner may too
		String other = create(user("CREATOR"), "\"Shift planner\"");
		awaitThread(other);
		String byAdmin = name();
		clickAs(ADMIN, TeamingCardSection.CONVENE_ACTION, other, byAdmin);
		assertThat(responseText(byAdmin)).contains("Violet team convened on *" + other);
		String third = create(this.owner, "\"Route optimiser\"");
		awaitThread(third);
		String byOwner = name();
		clickAs(this.owner, TeamingCardSection.CONVENE_ACTION, third, byOwner);
		assertThat(responseText(byOwner)).contains("Violet team convened on *" + third);
	}

	@Test
	void aFindingIsClosedWithTheButtonAndModalByItsOwnerOnly() {
		String key = create(this.owner, "\"Claims chatbot\" --genai --customer-facing");
		String thread = awaitThread(key);
		command(this.owner, "teaming start " + key);
		long id = session(key).id();
		String question = form(id, Lens.SECURITY).open().get(0).id();
		answerLens(this.security, id, Lens.SECURITY,
				Map.of(question, new String[] { "CONCERN", "high", "Nothing limits what the chatbot may be asked" }));
		String dm = awaitDm(this.owner, "You own finding *VT-1*").get(0).get("blocks");
		assertThat(dm).contains(Notices.RESOLVE_ACTION).contains(key + "|1");

		// someone else's click is refused and opens nothing
		String refused = name();
		clickAs(this.security, Notices.RESOLVE_ACTION, key + "|1", refused);
		assertThat(responseText(refused)).contains("Only VT-1's owner (<@" + this.owner + ">)");

		String opened = name();
		clickAs(this.owner, Notices.RESOLVE_ACTION, key + "|1", opened);
		String view = awaitCalls("views.open", 1, (c) -> ("trigger-" + opened).equals(c.get("trigger_id"))).get(0)
			.get("view");
		assertThat(view).contains(ResolveModal.CALLBACK_ID).contains("Nothing limits what the chatbot may be asked");
		assertThat(this.slack.calls("views.open")).noneMatch((c) -> ("trigger-" + refused).equals(c.get("trigger_id")));

		// an empty mitigation and a forged submission by someone else are refused on the
		// modal
		Answer empty = submit(this.owner, ResolveModal.CALLBACK_ID, key + "|1", mitigation("   "));
		assertThat(empty.body()).contains("\"response_action\":\"errors\"").contains("Say what was done about it");
		Answer forged = submit(this.security, ResolveModal.CALLBACK_ID, key + "|1", mitigation("Looks fine"));
		assertThat(forged.body()).contains("\"response_action\":\"errors\"").contains("Only its owner");
		assertThat(this.teaming.finding(key, 1).orElseThrow().open()).isTrue();

		Answer closed = submit(this.owner, ResolveModal.CALLBACK_ID, key + "|1",
				mitigation("Topic filter and rate limits in front of the model"));
		assertThat(closed.body()).contains("\"response_action\":\"update\"").contains("Closed " + key + " VT-1");
		Finding finding = this.teaming.finding(key, 1).orElseThrow();
		assertThat(finding.open()).isFalse();
		assertThat(finding.resolvedBy()).isEqualTo(this.owner);
		assertThat(finding.mitigation()).isEqualTo("Topic filter and rate limits in front of the model");
		assertThat(this.audit.about("finding:" + key + "/1")).extracting(AuditRecord::action)
			.containsExactly("teaming.finding-raised", "teaming.finding-resolved");
		awaitReplies(thread, "Finding *VT-1* on *" + key + "*");
		awaitDm(this.security, "Finding *VT-1* on *" + key + "* (High, Security) was closed by <@" + this.owner + ">");

		// the button once more: nothing left to close
		String late = name();
		clickAs(this.owner, Notices.RESOLVE_ACTION, key + "|1", late);
		assertThat(responseText(late)).contains("VT-1 is already closed");
	}

	@Test
	void aFindingIsHandedToAnotherOwnerWhoThenClosesIt() {
		String key = create(this.owner, "\"Payroll assistant\" --genai");
		awaitThread(key);
		command(this.owner, "teaming start " + key);
		long id = session(key).id();
		String question = form(id, Lens.SECURITY).open().get(0).id();
		answerLens(this.security, id, Lens.SECURITY,
				Map.of(question, new String[] { "CONCERN", "critical", "Salaries can be read through the prompt" }));
		awaitDm(this.owner, "You own finding *VT-1*");
		String engineer = user("ENGINEER");

		assertThat(command(user("RANDOM"), "teaming assign " + key + " VT-1 <@" + engineer + ">").text())
			.contains("Only its owner (<@" + this.owner + ">), the initiative's owner and Violet admins");
		assertThat(command(this.owner, "teaming assign " + key + " VT-1 engineer").text())
			.contains("its new owner (type @ and pick them)");
		assertThat(command(this.owner, "teaming assign " + key + " F-7 <@" + engineer + ">").text())
			.contains("There is no finding");
		assertThat(command(this.owner, "teaming assign " + key + " VT-1 <@" + engineer + ">").text())
			.contains(key + " VT-1 is now owned by <@" + engineer + ">");
		assertThat(this.teaming.finding(key, 1).orElseThrow().owner()).isEqualTo(engineer);
		assertThat(awaitDm(engineer, "You own finding *VT-1*").get(0).get("blocks")).contains(Notices.RESOLVE_ACTION);
		assertThat(this.audit.about("finding:" + key + "/1")).extracting(AuditRecord::action)
			.contains("teaming.finding-reassigned");

		// the former owner may no longer close it; the new one may
		assertThat(command(this.owner, "teaming resolve " + key + " VT-1 \"done\"").text())
			.contains("Only its owner (<@" + engineer + ">)");
		String refused = name();
		clickAs(this.owner, Notices.RESOLVE_ACTION, key + "|1", refused);
		assertThat(responseText(refused)).contains("Only VT-1's owner (<@" + engineer + ">)");
		assertThat(command(engineer, "teaming resolve " + key + " VT-1 \"Prompt no longer sees salary fields\"").text())
			.contains("Closed " + key + " VT-1");
		assertThat(command(engineer, "teaming assign " + key + " VT-1 <@" + this.owner + ">").text())
			.contains("is closed; it needs no owner");
	}

	private static JsonObject mitigation(String text) {
		return textValue(new JsonObject(), ResolveModal.MITIGATION, text);
	}

}
