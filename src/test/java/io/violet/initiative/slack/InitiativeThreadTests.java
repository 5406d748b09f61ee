package io.violet.initiative.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.violet.audit.AuditRecord;
import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.initiative.Attribute;
import io.violet.initiative.InitiativeDetails;
import io.violet.initiative.InitiativeTestSupport;
import io.violet.initiative.RiskTier;
import io.violet.initiative.Stage;
import com.github.tomakehurst.wiremock.client.WireMock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class InitiativeThreadTests extends InitiativeTestSupport {

	@Autowired
	AuditTrail audit;

	@Test
	void textFormCreatesTheInitiativeAnchorsItsThreadAndThreadsEveryLaterPost() {
		String creator = user("CREATOR");
		String owner = user("OWNER");
		String security = user("SEC");
		own(Role.SECURITY_ARCHITECT, security);

		String key = create(creator,
				"\"Fraud scorer\" --owner <@" + owner + "|owner> --risk limited --personal-data --customer-facing");

		String ts = awaitThread(key);
		InitiativeDetails details = this.initiatives.details(key).orElseThrow();
		assertThat(details.channelId()).isEqualTo(INITIATIVES_CHANNEL);
		assertThat(details.ownerId()).isEqualTo(owner);
		assertThat(details.riskTier()).isEqualTo(RiskTier.LIMITED);
		assertThat(details.attributes()).containsExactlyInAnyOrder(Attribute.PERSONAL_DATA, Attribute.CUSTOMER_FACING);
		List<Map<String, String>> parents = parentsOf(key);
		assertThat(parents).hasSize(1);
		assertThat(decoded(parents.get(0).get("blocks"))).contains("Fraud scorer")
			.contains("<@" + owner + ">")
			.contains("Limited (transparency)")
			.contains("Personal data")
			.contains("Customer-facing")
			.contains("Proposed")
			.contains("Reviews");

		awaitReplies(ts, "Threat model review");
		assertThat(awaitReplies(ts, "Threat model review").get(0).get("text"))
			.contains("<@" + this.directory.holders(Role.SECURITY_ARCHITECT).primary().orElseThrow() + ">");
		awaitDm(security, "*Threat model review* for *" + key + " Fraud scorer*");

		Answer advanced = command(owner, "initiative advance " + key);
		assertThat(advanced.text()).contains("moved from _Proposed_ to *In development*");
		awaitReplies(ts, "moved *" + key + "*");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("chat.update")
				.stream()
				.anyMatch((c) -> ts.equals(c.get("ts")) && decoded(c.get("blocks")).contains("In development")));
		// every message about the initiative in the channel is a reply, except the parent
		assertThat(this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> INITIATIVES_CHANNEL.equals(c.get("channel")) && c.get("text").contains(key))
			.filter((c) -> !c.containsKey("thread_ts"))).hasSize(1);
		assertThat(this.audit.about("initiative:" + key)).extracting(AuditRecord::action)
			.contains("initiative.created", "initiative.advanced");
	}

	@Test
	void modalCreatesAnInitiativeWithEveryField() {
		String creator = user("MODAL");
		String owner = user("MODALOWNER");
		String trigger = "trigger-" + UUID.randomUUID();

		Answer opened = command(creator, "CGENERAL", "initiative new", trigger);
		assertThat(opened.status()).isEqualTo(200);
		List<Map<String, String>> views = awaitCalls("views.open", 1);
		assertThat(views.get(0).get("trigger_id")).isEqualTo(trigger);
		assertThat(views.get(0).get("view")).contains("initiative_new")
			.contains("\"initial_user\":\"" + creator + "\"");

		JsonObject values = new JsonObject();
		textValue(values, InitiativeModal.NAME, "Résumé screener 🤖");
		textValue(values, InitiativeModal.DESCRIPTION, "Ranks applicants' CVs");
		values.add(InitiativeModal.OWNER, block(InitiativeModal.OWNER, "users_select", "selected_user", owner));
		JsonObject risk = new JsonObject();
		risk.addProperty("type", "static_select");
		JsonObject option = new JsonObject();
		option.addProperty("value", "high");
		risk.add("selected_option", option);
		values.add(InitiativeModal.RISK, wrap(InitiativeModal.RISK, risk));
		JsonObject boxes = new JsonObject();
		boxes.addProperty("type", "checkboxes");
		JsonArray selected = new JsonArray();
		for (String attribute : List.of("employment", "affects-people", "eu")) {
			JsonObject o = new JsonObject();
			o.addProperty("value", attribute);
			selected.add(o);
		}
		boxes.add("selected_options", selected);
		values.add(InitiativeModal.ATTRIBUTES, wrap(InitiativeModal.ATTRIBUTES, boxes));

		Answer submitted = submit(creator, InitiativeModal.CALLBACK_ID, "CGENERAL", values);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.body()).contains("\"response_action\":\"update\"").contains("created");
		String key = submitted.body().replaceAll("(?s).*?(AI-\\d+).*", "$1");
		InitiativeDetails details = this.initiatives.details(key).orElseThrow();
		assertThat(details.name()).isEqualTo("Résumé screener 🤖");
		assertThat(details.description()).isEqualTo("Ranks applicants' CVs");
		assertThat(details.ownerId()).isEqualTo(owner);
		assertThat(details.createdBy()).isEqualTo(creator);
		assertThat(details.riskTier()).isEqualTo(RiskTier.HIGH);
		assertThat(details.attributes()).containsExactlyInAnyOrder(Attribute.EMPLOYMENT, Attribute.AFFECTS_PEOPLE,
				Attribute.EU_MARKET);
		awaitThread(key);
	}

	@Test
	void modalWithoutANameIsSentBackWithTheProblem() {
		JsonObject values = new JsonObject();
		textValue(values, InitiativeModal.NAME, "   ");
		int before = this.initiatives.active().size();

		Answer submitted = submit(user("BLANK"), InitiativeModal.CALLBACK_ID, "CGENERAL", values);

		assertThat(submitted.body()).contains("\"response_action\":\"errors\"").contains("needs a name");
		assertThat(this.initiatives.active()).hasSize(before);
	}

	@Test
	void wrongCommandsNameTheProblemAndChangeNothing() {
		String someone = user("TYPO");
		int before = this.initiatives.active().size();

		assertThat(command(someone, "initiative new --genai").text()).contains("needs a name")
			.contains("/violet initiative new");
		assertThat(command(someone, "initiative new \"X\" --risk extreme").text())
			.contains("Unknown risk tier `extreme`")
			.contains("minimal, limited, high, prohibited");
		assertThat(command(someone, "initiative new \"X\" --owner bob").text()).contains("`--owner` needs a person");
		assertThat(command(someone, "initiative new \"X\" --bogus").text()).contains("Unknown option `--bogus`");
		assertThat(command(someone, "initiative show AI-999999").text()).contains("There is no initiative `AI-999999`");
		assertThat(command(someone, "initiative advance nope").text()).contains("There is no initiative `nope`");
		assertThat(command(someone, "initiative frobnicate").text()).contains("Unknown initiative command");
		assertThat(command(someone, "initiative list extra").text()).contains("takes nothing more");
		assertThat(this.initiatives.active()).hasSize(before);
	}

	@Test
	void hostileAndLongNamesAreEscapedShortenedOnTheCardAndKeptInFullInTheThread() {
		String creator = user("HOSTILE");
		String tail = "x".repeat(600);
		String key = create(creator, "\"🚀 Bob's <!channel> & friends " + tail + "\" --genai");

		String ts = awaitThread(key);
		Map<String, String> parent = parentsOf(key).get(0);
		assertThat(parent.get("text")).doesNotContain("<!channel>").contains("&lt;!channel&gt;");
		JsonArray blocks = JsonParser.parseString(parent.get("blocks")).getAsJsonArray();
		String header = blocks.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString();
		assertThat(header).startsWith(key + " · 🚀 Bob's");
		assertThat(header.length()).as(header).isLessThanOrEqualTo(150);
		List<Map<String, String>> fullText = awaitReplies(ts, "Full text");
		assertThat(fullText.get(0).get("text")).contains(tail).contains("&lt;!channel&gt;").contains("🚀 Bob's");
		assertThat(this.slack.calls("chat.postMessage")).isNotEmpty()
			.noneMatch((c) -> c.get("text").contains("<!channel>") || mrkdwnOf(c.get("blocks")).contains("<!channel>"));
		assertThat(mrkdwnOf(parent.get("blocks"))).contains("Reviews");
		assertThat(command(creator, "initiative list").text()).contains(key).doesNotContain("<!channel>");
	}

	@Test
	void listAndShowGiveTheCardAndALinkToTheThread() {
		String creator = user("LISTER");
		String key = create(creator, "\"Chat summariser\" --genai");
		awaitThread(key);

		assertThat(command(creator, "initiative list").text()).contains("`" + key + "` *Chat summariser* — Proposed")
			.contains("open review");
		String trigger = "trigger-" + UUID.randomUUID();
		command(creator, "CGENERAL", "initiative show " + key, trigger);
		List<String> responses = awaitResponses(trigger);
		assertThat(responses.get(0)).contains("Chat summariser")
			.contains("archives/" + INITIATIVES_CHANNEL)
			.contains("Open the thread of " + key);
	}

	@Test
	void prohibitedInitiativesAreFlaggedToLegalAndComplianceAndStayProposed() {
		String creator = user("BANNED");
		String legal = user("LEGAL");
		String compliance = user("COMPLIANCE");
		own(Role.LEGAL, legal);
		own(Role.COMPLIANCE, compliance);

		String key = create(creator, "\"Social scoring\" --risk prohibited --affects-people");

		String ts = awaitThread(key);
		assertThat(awaitReplies(ts, "prohibited").get(0).get("text")).contains("<@" + legal + ">")
			.contains("<@" + compliance + ">");
		awaitDm(legal, "prohibited");
		awaitDm(compliance, "prohibited");
		Answer advanced = command(creator, "initiative advance " + key);
		assertThat(advanced.text()).contains("cannot leave _proposed_");
		assertThat(this.initiatives.details(key).orElseThrow().stage()).isEqualTo(Stage.PROPOSED);
	}

	@Test
	void onlyTheOwnerOrAnAdminAdvances() {
		String owner = user("ADVOWNER");
		String key = create(owner, "\"Forecast\"");
		awaitThread(key);

		assertThat(command(user("STRANGER"), "initiative advance " + key).text()).contains("Only its owner");
		assertThat(command(ADMIN, "initiative advance " + key).text()).contains("*In development*");
	}

	@Test
	void aDeletedThreadIsReplacedByAFreshParentAndTheNewAnchorIsKept() {
		String owner = user("LOST");
		String key = create(owner, "\"Lost thread\"");
		String lost = awaitThread(key);
		awaitReplies(lost, "Threat model review");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.postMessage"))
				.withRequestBody(containing("thread_ts=" + URLEncoder.encode(lost, StandardCharsets.UTF_8)))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"thread_not_found\"}")));
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/chat.update"))
				.withRequestBody(containing("ts=" + URLEncoder.encode(lost, StandardCharsets.UTF_8)))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":false,\"error\":\"message_not_found\"}")));

		command(owner, "initiative advance " + key);

		await().atMost(Duration.ofSeconds(20)).until(() -> {
			// the anchor is empty for a moment while the fresh parent is posted
			String now = this.initiatives.details(key).orElseThrow().threadTs();
			return now != null && !lost.equals(now);
		});
		String fresh = this.initiatives.details(key).orElseThrow().threadTs();
		awaitReplies(fresh, "moved *" + key + "*");
		assertThat(parentsOf(key)).hasSizeGreaterThanOrEqualTo(1);
		assertThat(this.audit.about("initiative:" + key)).extracting(AuditRecord::action)
			.contains("initiative.thread-lost", "initiative.thread-reanchored");
	}

	private List<Map<String, String>> parentsOf(String key) {
		return this.slack.calls("chat.postMessage")
			.stream()
			.filter((c) -> INITIATIVES_CHANNEL.equals(c.get("channel")) && !c.containsKey("thread_ts")
					&& c.get("text").startsWith(key + " "))
			.toList();
	}

	/**
	 * Every mrkdwn text in a blocks JSON (plain text is never parsed for mentions).
	 */
	private static String mrkdwnOf(String blocksJson) {
		if (blocksJson == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		collectMrkdwn(JsonParser.parseString(blocksJson), out);
		return out.toString();
	}

	private static void collectMrkdwn(JsonElement element, StringBuilder out) {
		if (element.isJsonArray()) {
			element.getAsJsonArray().forEach((e) -> collectMrkdwn(e, out));
		}
		else if (element.isJsonObject()) {
			JsonObject object = element.getAsJsonObject();
			if (object.has("type") && "mrkdwn".equals(object.get("type").getAsString()) && object.has("text")) {
				out.append(object.get("text").getAsString()).append('\n');
			}
			object.entrySet().forEach((e) -> collectMrkdwn(e.getValue(), out));
		}
	}

	private static String decoded(String json) {
		return json.replace("\\u003c", "<").replace("\\u003e", ">").replace("\\u0026", "&").replace("\\u0027", "'");
	}

	private static JsonObject block(String id, String type, String field, String value) {
		JsonObject element = new JsonObject();
		element.addProperty("type", type);
		element.addProperty(field, value);
		return wrap(id, element);
	}

	private static JsonObject wrap(String id, JsonObject element) {
		JsonObject block = new JsonObject();
		block.add(id, element);
		return block;
	}

}
