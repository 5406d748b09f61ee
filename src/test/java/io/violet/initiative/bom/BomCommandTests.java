package io.violet.initiative.bom;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.violet.audit.AuditTrail;
import io.violet.directory.Role;
import io.violet.initiative.InitiativeSummary;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class BomCommandTests extends BomTestSupport {

	private static final String HASH = "sha256:" + "ab".repeat(32);

	@Autowired
	Inventory inventory;

	@Autowired
	AuditTrail audit;

	@Test
	void theOwnerAddsEveryKindAndTheListShowsThem() {
		String owner = newUser();
		InitiativeSummary initiative = newInitiative(owner, "Fraud scoring");
		String key = initiative.key();

		assertThat(command(owner, "bom add " + key + " model fraud-gbm@2.3.0 --supplier \u201CAcme Models\u201D "
				+ "--license Apache-2.0 --hash " + HASH + " --url <https://models.example.com/fraud-gbm|fraud-gbm> "
				+ "--approach supervised --task \"binary classification\" --datasets \"transactions-2024\" "
				+ "--limitations \"weak on new merchants\" --ethics \"may flag minority groups more often\"")
			.text()).contains("Added model `fraud-gbm@2.3.0` to the ML-BOM of " + key);
		assertThat(
				command(owner,
						"bom add " + key.toLowerCase() + " dataset transactions-2024@2024.06 "
								+ "--provenance \"core banking export\" --personal-data")
					.text())
			.contains("Added dataset");
		assertThat(command(owner, "bom add " + key + " library xgboost@2.0.3 --license apache-2.0").text())
			.contains("Added library");
		assertThat(
				command(owner, "bom add " + key + " service scoring-api@v1 --url https://scoring.example.com").text())
			.contains("Added service");

		String list = shown(command(newUser(), "bom list " + key));
		assertThat(list).contains("4 components")
			.contains("fraud-gbm@2.3.0")
			.contains("supplier Acme Models")
			.contains("approach supervised")
			.contains("transactions-2024@2024.06")
			.contains("contains personal data")
			.contains("xgboost@2.0.3")
			.contains("scoring-api@v1");

		List<String> notes = awaitNotes(key, ":package:", 4);
		assertThat(notes).hasSize(4);
		assertThat(notes.get(0)).contains("<@" + owner + "> added model `fraud-gbm@2.3.0`")
			.contains("supplier: Acme Models");
		assertThat(this.audit.about("initiative:" + key)).filteredOn((e) -> e.action().equals("bom.component-added"))
			.hasSize(4)
			.allSatisfy((e) -> assertThat(e.actor()).isEqualTo(owner));
		assertThat(componentEvents(key))
			.extracting((e) -> e.get("kind").getAsString() + " " + e.get("name").getAsString() + "@"
					+ e.get("version").getAsString() + " outside=" + e.get("outside").getAsBoolean() + " personalData="
					+ e.get("personalData").getAsBoolean() + " by " + e.get("addedBy").getAsString())
			.containsExactlyInAnyOrder("model fraud-gbm@2.3.0 outside=true personalData=false by " + owner,
					"dataset transactions-2024@2024.06 outside=false personalData=true by " + owner,
					"library xgboost@2.0.3 outside=false personalData=false by " + owner,
					"service scoring-api@v1 outside=false personalData=false by " + owner);
		BomComponent model = this.inventory.list(key).orElseThrow().components().get(0);
		assertThat(model.sha256()).isEqualTo("ab".repeat(32));
		assertThat(model.url()).isEqualTo("https://models.example.com/fraud-gbm");
		assertThat(model.datasetsUsed()).containsExactly("transactions-2024");
	}

	@Test
	void wrongInputIsExplainedAndChangesNothing() {
		String owner = newUser();
		String key = newInitiative(owner, "Chat assistant").key();
		Map<String, String> cases = Map.ofEntries(Map.entry("bom", "Which ML-BOM command?"),
				Map.entry("bom frobnicate", "Unknown `bom` command"), Map.entry("bom add", "Name the initiative"),
				Map.entry("bom add AI-x model a@1", "is not an initiative key"),
				Map.entry("bom add AI-999999 model a@1", "There is no initiative AI-999999"),
				Map.entry("bom add " + key + " gadget a@1", "is not one of `model|dataset|library|service`"),
				Map.entry("bom add " + key + " model justaname", "is not `<name>@<version>`"),
				Map.entry("bom add " + key + " model a@1 --hash md5:abc", "is not `sha256:<64 hex digits>`"),
				Map.entry("bom add " + key + " model a@1 --url ftp://x", "is not an http(s) URL"),
				Map.entry("bom add " + key + " library a@1 --task ranking", "belong to models only"),
				Map.entry("bom add " + key + " model a@1 --personal-data", "belong to datasets only"),
				Map.entry("bom add " + key + " model a@1 --approach guessing", "is not one of supervised"),
				Map.entry("bom add " + key + " model a@1 --colour red", "Unknown option `--colour`"),
				Map.entry("bom add " + key + " model a@1 extra words", "quote free text"),
				Map.entry("bom list", "takes one initiative key"),
				Map.entry("bom remove " + key + " a", "is not `<name>@<version>`"),
				Map.entry("bom where", "takes one component name"),
				Map.entry("bom export", "takes one initiative key"));
		cases.forEach((text, expected) -> {
			Answer answer = command(owner, text);
			assertThat(answer.status()).isEqualTo(200);
			assertThat(
					answer.json().has("response_type") ? answer.json().get("response_type").getAsString() : "ephemeral")
				.isEqualTo("ephemeral");
			assertThat(answer.text()).as(text).contains(expected);
		});
		assertThat(this.inventory.list(key).orElseThrow().components()).isEmpty();
		assertThat(notesNow(key, ":package:")).isEmpty();
		assertThat(componentEvents(key)).isEmpty();
	}

	@Test
	void onlyTheOwnerEditorRolesAndAdminsMayChangeIt() {
		String owner = newUser();
		String key = newInitiative(owner, "Resume screening").key();
		String stranger = newUser();
		String engineer = newUser();
		String engineerBackup = newUser();
		this.directory.assign(Role.ML_ENGINEER, List.of(engineer), false, ADMIN);
		this.directory.assign(Role.ML_ENGINEER, List.of(engineerBackup), true, ADMIN);

		assertThat(command(stranger, "bom add " + key + " library numpy@1.26.4").text())
			.contains("Only the initiative's owner, ml-engineer, ml-architect and threat-analyst owners");
		assertThat(command(engineerBackup, "bom add " + key + " library numpy@1.26.4").text()).contains("Only");
		assertThat(command(engineer, "bom add " + key + " library numpy@1.26.4").text()).contains("Added");
		assertThat(command(stranger, "bom remove " + key + " numpy@1.26.4").text()).contains("Only");
		assertThat(command(ADMIN, "bom add " + key + " library pandas@2.2.2").text()).contains("Added");
		assertThat(command(stranger, "bom list " + key).text()).contains("2 components");
		assertThat(this.inventory.list(key).orElseThrow().components()).hasSize(2);
	}

	@Test
	void addingTheSameComponentTwiceKeepsOne() {
		String owner = newUser();
		String key = newInitiative(owner, "Churn").key();
		command(owner, "bom add " + key + " model churn-net@1.0");
		assertThat(command(owner, "bom add " + key + " model CHURN-NET@1.0").text())
			.contains("already lists `churn-net@1.0`; nothing changed");
		assertThat(this.inventory.list(key).orElseThrow().components()).hasSize(1);
		assertThat(awaitNotes(key, ":package:", 1)).hasSize(1);
		assertThat(componentEvents(key)).hasSize(1);
	}

	@Test
	void removeTakesAComponentOutAndSaysSoInTheThread() {
		String owner = newUser();
		String key = newInitiative(owner, "Forecasting").key();
		command(owner, "bom add " + key + " library prophet@1.1.5");
		assertThat(command(owner, "bom remove " + key + " prophet@1.1.5").text()).contains("Removed library");
		assertThat(this.inventory.list(key).orElseThrow().components()).isEmpty();
		assertThat(awaitNotes(key, "removed library `prophet@1.1.5` from the ML-BOM", 1)).hasSize(1);
		assertThat(this.audit.about("initiative:" + key)).extracting((e) -> e.action())
			.containsSubsequence("bom.component-added", "bom.component-removed");
		assertThat(command(owner, "bom remove " + key + " prophet@1.1.5").text()).contains("does not list");
	}

	@Test
	void whereFindsEveryInitiativeThatUsesAComponentWithOwnersAndStages() {
		String component = unique("llama-guard");
		String[] owners = { newUser(), newUser(), newUser(), newUser() };
		String[] keys = new String[4];
		for (int i = 0; i < 4; i++) {
			keys[i] = newInitiative(owners[i], "Initiative " + i).key();
		}
		command(owners[0], "bom add " + keys[0] + " model " + component + "@3.1 --supplier Meta");
		command(owners[1], "bom add " + keys[1] + " model " + component + "@3.1 --supplier Meta");
		command(owners[2], "bom add " + keys[2] + " model " + component + "@2.0 --supplier Meta");
		command(owners[3], "bom add " + keys[3] + " model other-" + component + "@3.1");

		String all = shown(command(newUser(), "bom where " + component));
		assertThat(all).contains("3 initiatives use `" + component + "`");
		for (int i = 0; i < 3; i++) {
			assertThat(all).contains("*" + keys[i] + "*").contains("owner <@" + owners[i] + ">");
		}
		assertThat(all).contains("stage _proposed_").doesNotContain(keys[3]);

		String pinned = shown(command(newUser(), "bom where " + component.toUpperCase() + "@2.0"));
		assertThat(pinned).contains("1 initiative uses").contains(keys[2]).doesNotContain(keys[0]);

		assertThat(shown(command(newUser(), "bom where " + unique("nothing"))))
			.contains("No initiative's ML-BOM lists");
	}

	@Test
	void theFormOpensFromTheCommandAndTheCardAndAddsAComponent() {
		String owner = newUser();
		String key = newInitiative(owner, "Claims triage").key();

		Answer opened = command(owner, "CGENERAL", "bom add " + key, "trigger-" + UUID.randomUUID());
		assertThat(opened.body()).isEmpty();
		Map<String, String> viewsOpen = awaitCalls("views.open", 1).get(0);
		assertThat(viewsOpen.get("view")).contains("\"callback_id\":\"initiative_bom_add\"")
			.contains("\"private_metadata\":\"" + key + "\"");

		assertThat(this.slack.calls("chat.postMessage"))
			.filteredOn((c) -> INITIATIVES_CHANNEL.equals(c.get("channel")) && c.get("thread_ts") == null
					&& c.get("blocks") != null && c.get("blocks").contains(key + " · Claims triage"))
			.first()
			.satisfies((card) -> assertThat(card.get("blocks")).contains("\"action_id\":\"initiative_bom_add_open\"")
				.contains("Add component")
				.contains("\"value\":\"" + key + "\""));
		interaction(buttonClick(owner, key));
		assertThat(awaitCalls("views.open", 2)).hasSize(2);
		String stranger = newUser();
		interaction(buttonClick(stranger, key));
		assertThat(awaitCalls("chat.postEphemeral", 1, (c) -> stranger.equals(c.get("user")))).hasSize(1);
		assertThat(this.slack.calls("views.open")).hasSize(2);

		Answer invalid = interaction(submission(owner, key, "model", "claims-bert", "1.0", "md5:xyz", false));
		assertThat(invalid.json().get("response_action").getAsString()).isEqualTo("errors");
		assertThat(invalid.json().getAsJsonObject("errors").get("hash").getAsString())
			.contains("is not sha256:<64 hex digits>");
		assertThat(this.inventory.list(key).orElseThrow().components()).isEmpty();

		Answer added = interaction(submission(owner, key, "dataset", "claims-2023", "2023.12", HASH, true));
		assertThat(added.status()).isEqualTo(200);
		assertThat(added.body()).doesNotContain("errors");
		assertThat(this.inventory.list(key).orElseThrow().components()).singleElement().satisfies((c) -> {
			assertThat(c.kind()).isEqualTo(ComponentKind.DATASET);
			assertThat(c.personalData()).isTrue();
			assertThat(c.provenance()).isEqualTo("claims system");
		});
		assertThat(componentEvents(key)).singleElement()
			.satisfies((e) -> assertThat(e.get("personalData").getAsBoolean()).isTrue());

		Answer again = interaction(submission(owner, key, "dataset", "claims-2023", "2023.12", HASH, true));
		assertThat(again.json().getAsJsonObject("errors").get("name").getAsString()).contains("already lists");
	}

	/**
	 * A reply's whole JSON (text and blocks) with Gson's escapes of {@code < > &} undone.
	 */
	@Test
	void theCardButtonAnswersARefusalAfterTheAckWhenSlackIsSlow() throws Exception {
		String stranger = "USTRANGER" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
		this.slack.server()
			.stubFor(
					com.github.tomakehurst.wiremock.client.WireMock
						.post(com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/api/chat.postEphemeral"))
						.withRequestBody(com.github.tomakehurst.wiremock.client.WireMock.containing(stranger))
						.atPriority(10)
						.willReturn(com.github.tomakehurst.wiremock.client.WireMock
							.okJson("{\"ok\":true,\"message_ts\":\"1.2\"}")
							.withFixedDelay(9_000)));
		// Slack answers after nine seconds; a click that waited for it would time out
		Answer click = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> interaction(buttonClick(stranger, "AI-999999")))
			.get(6, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(click.status()).isEqualTo(200);
		assertThat(awaitCalls("chat.postEphemeral", 1, (c) -> stranger.equals(c.get("user"))).get(0).get("text"))
			.contains("no longer exists");
	}

	private static String shown(Answer answer) {
		return answer.body()
			.replace("\\u003c", "<")
			.replace("\\u003e", ">")
			.replace("\\u0026", "&")
			.replace("\\u003d", "=")
			.replace("\\u0027", "'");
	}

	private static String buttonClick(String user, String key) {
		return "{\"type\":\"block_actions\",\"team\":{\"id\":\"T0001\",\"domain\":\"violet-test\"},\"user\":{\"id\":\""
				+ user
				+ "\",\"team_id\":\"T0001\"},\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\"trig-"
				+ UUID.randomUUID() + "\",\"channel\":{\"id\":\"" + INITIATIVES_CHANNEL
				+ "\",\"name\":\"initiatives\"},\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.1\"},"
				+ "\"actions\":[{\"type\":\"button\",\"action_id\":\"initiative_bom_add_open\",\"block_id\":\"card\","
				+ "\"value\":\"" + key + "\",\"action_ts\":\"1700000001.1\"}]}";
	}

	private static String submission(String user, String key, String kind, String name, String version, String hash,
			boolean personal) {
		String values = "{\"kind\":{\"value\":{\"type\":\"static_select\",\"selected_option\":{\"text\":{\"type\":"
				+ "\"plain_text\",\"text\":\"x\"},\"value\":\"" + kind + "\"}}},"
				+ "\"name\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + name + "\"}},"
				+ "\"version\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + version + "\"}},"
				+ "\"supplier\":{\"value\":{\"type\":\"plain_text_input\",\"value\":null}},"
				+ "\"hash\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"" + hash + "\"}},"
				+ "\"approach\":{\"value\":{\"type\":\"static_select\",\"selected_option\":null}},"
				+ "\"provenance\":{\"value\":{\"type\":\"plain_text_input\",\"value\":\"claims system\"}},"
				+ "\"personal\":{\"value\":{\"type\":\"checkboxes\",\"selected_options\":"
				+ (personal ? "[{\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},\"value\":\"yes\"}]" : "[]") + "}}}";
		return "{\"type\":\"view_submission\",\"team\":{\"id\":\"T0001\",\"domain\":\"violet-test\"},\"user\":{\"id\":\""
				+ user
				+ "\",\"team_id\":\"T0001\"},\"api_app_id\":\"A0001\",\"token\":\"legacy\",\"trigger_id\":\"trig-"
				+ UUID.randomUUID() + "\",\"view\":{\"id\":\"V" + UUID.randomUUID().toString().substring(0, 8)
				+ "\",\"team_id\":\"T0001\",\"type\":\"modal\",\"callback_id\":\"initiative_bom_add\","
				+ "\"private_metadata\":\"" + key + "\",\"hash\":\"" + UUID.randomUUID() + "\",\"state\":{\"values\":"
				+ values + "}}}";
	}

}
