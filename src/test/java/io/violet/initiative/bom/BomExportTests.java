package io.violet.initiative.bom;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.violet.initiative.InitiativeSummary;
import io.violet.slack.EventRepublication;
import org.cyclonedx.Version;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Dependency;
import org.cyclonedx.model.Hash;
import org.cyclonedx.parsers.JsonParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class BomExportTests extends BomTestSupport {

	private static final String MODEL_HASH = "0f".repeat(32);

	private static final String DATA_HASH = "1e".repeat(32);

	@Autowired
	EventRepublication republication;

	@BeforeEach
	void slackAcceptsUploads() {
		stubUploadUrl();
		this.slack.server()
			.stubFor(WireMock.post(urlPathMatching("/upload/.*"))
				.willReturn(aResponse().withStatus(200).withBody("OK")));
		this.slack.stub("files.completeUploadExternal",
				"{\"ok\":true,\"files\":[{\"id\":\"F0BOM\",\"title\":\"ML-BOM\"}]}");
	}

	@Test
	void exportRoundTripsThroughTheCycloneDxParserAndSchema() throws Exception {
		String owner = newUser();
		InitiativeSummary initiative = newInitiative(owner, "Fraud scoring");
		String key = initiative.key();
		command(owner,
				"bom add " + key + " model fraud-gbm@2.3.0 --supplier Acme --license Apache-2.0 --hash sha256:"
						+ MODEL_HASH + " --url https://models.example.com/fraud-gbm --approach supervised "
						+ "--task \"binary classification\" --datasets \"transactions-2024, public-fraud-set\" "
						+ "--limitations \"weak on new merchants\" --ethics \"false positives hit small shops\"");
		command(owner, "bom add " + key + " dataset transactions-2024@2024.06 --hash sha256:" + DATA_HASH
				+ " --provenance \"core banking export\" --personal-data");
		command(owner, "bom add " + key + " library xgboost@2.0.3 --license \"Acme Internal License\"");
		command(owner,
				"bom add " + key + " service scoring-api@v1 --supplier \"Cloud Co\" --url https://api.example.com");
		String trigger = "trigger-" + UUID.randomUUID();

		Answer answer = command(newUser(), "CGENERAL", "bom export " + key, trigger);

		assertThat(answer.text()).contains("Building the CycloneDX 1.6 ML-BOM of " + key);
		assertThat(awaitResponses(trigger).get(0)).contains("passed the CycloneDX 1.6 schema check")
			.contains("4 components");
		// other tests' uploads (post-mortems) may still be arriving: pick this export's
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.slack.calls("files.completeUploadExternal")
				.stream()
				.anyMatch((call) -> String.valueOf(call.get("initial_comment")).contains("ML-BOM of " + key)));
		Map<String, String> completed = this.slack.calls("files.completeUploadExternal")
			.stream()
			.filter((call) -> String.valueOf(call.get("initial_comment")).contains("ML-BOM of " + key))
			.findFirst()
			.orElseThrow();
		assertThat(completed.get("channel_id")).isEqualTo(INITIATIVES_CHANNEL);
		assertThat(completed.get("thread_ts")).isEqualTo(threadTs(key));
		assertThat(completed.get("initial_comment")).contains("ML-BOM of " + key).contains("4 components");
		assertThat(this.slack.calls("files.getUploadURLExternal"))
			.anySatisfy((call) -> assertThat(call.get("filename")).endsWith(".cdx.json"));

		byte[] uploaded = uploadedBytes();
		JsonParser parser = new JsonParser();
		assertThat(parser.validate(uploaded, Version.VERSION_16)).isEmpty();
		Bom bom = parser.parse(uploaded);
		assertThat(bom.getSpecVersion()).isEqualTo("1.6");
		assertThat(bom.getMetadata().getComponent().getBomRef()).isEqualTo("initiative:" + key);
		assertThat(bom.getMetadata().getComponent().getName()).isEqualTo("Fraud scoring");
		assertThat(bom.getMetadata().getTimestamp()).isNotNull();
		assertThat(bom.getMetadata().getToolChoice().getComponents()).extracting(Component::getName)
			.containsExactly("Violet");
		assertThat(bom.getMetadata().getProperties()).anySatisfy((p) -> {
			assertThat(p.getName()).isEqualTo("violet:owner");
			assertThat(p.getValue()).isEqualTo(owner);
		});

		Component model = component(bom, "fraud-gbm");
		assertThat(model.getType()).isEqualTo(Component.Type.MACHINE_LEARNING_MODEL);
		assertThat(model.getSupplier().getName()).isEqualTo("Acme");
		assertThat(model.getLicenses().getLicenses().get(0).getId()).isEqualTo("Apache-2.0");
		assertThat(model.getHashes()).extracting(Hash::getAlgorithm, Hash::getValue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("SHA-256", MODEL_HASH));
		assertThat(model.getExternalReferences().get(0).getUrl()).isEqualTo("https://models.example.com/fraud-gbm");
		var card = model.getModelCard();
		assertThat(card.getModelParameters().getApproach().getType().getTypeName()).isEqualTo("supervised");
		assertThat(card.getModelParameters().getTask()).isEqualTo("binary classification");
		assertThat(card.getModelParameters().getDatasets()).hasSize(2);
		assertThat(card.getModelParameters().getDatasets().get(0).getRef())
			.isEqualTo("dataset:transactions-2024@2024.06");
		assertThat(card.getModelParameters().getDatasets().get(1).getComponentData().getName())
			.isEqualTo("public-fraud-set");
		assertThat(card.getConsiderations().getTechnicalLimitations()).containsExactly("weak on new merchants");
		assertThat(card.getConsiderations().getEthicalConsiderations().get(0).getName())
			.isEqualTo("false positives hit small shops");

		Component dataset = component(bom, "transactions-2024");
		assertThat(dataset.getType()).isEqualTo(Component.Type.DATA);
		assertThat(dataset.getHashes().get(0).getValue()).isEqualTo(DATA_HASH);
		assertThat(dataset.getData().get(0).getSensitiveData()).containsExactly("personal data");
		assertThat(dataset.getData().get(0).getDescription()).isEqualTo("core banking export");

		Component library = component(bom, "xgboost");
		assertThat(library.getType()).isEqualTo(Component.Type.LIBRARY);
		assertThat(library.getLicenses().getLicenses().get(0).getName()).isEqualTo("Acme Internal License");

		assertThat(bom.getServices()).singleElement().satisfies((service) -> {
			assertThat(service.getName()).isEqualTo("scoring-api");
			assertThat(service.getProvider().getName()).isEqualTo("Cloud Co");
			assertThat(service.getEndpoints()).containsExactly("https://api.example.com");
		});

		Dependency root = bom.getDependencies()
			.stream()
			.filter((d) -> d.getRef().equals("initiative:" + key))
			.findFirst()
			.orElseThrow();
		assertThat(root.getDependencies()).extracting(Dependency::getRef)
			.containsExactlyInAnyOrder("model:fraud-gbm@2.3.0", "dataset:transactions-2024@2024.06",
					"library:xgboost@2.0.3", "service:scoring-api@v1");
	}

	@Test
	void anExportWaitsForSlackAndIsUploadedOnce() {
		String owner = newUser();
		String key = newInitiative(owner, "Speech to text").key();
		command(owner, "bom add " + key + " model whisper@3 --supplier OpenAI");
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(1)
				.willReturn(aResponse().withStatus(503)));
		String trigger = "trigger-" + UUID.randomUUID();

		command(owner, "CGENERAL", "bom export " + key, trigger);
		assertThat(awaitResponses(trigger).get(0)).contains("passed the CycloneDX 1.6 schema check");
		awaitCalls("files.getUploadURLExternal", 1);
		assertThat(uploadsOf(key)).isEmpty();

		this.slack.resetToDefaults();
		slackAcceptsUploads();
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			// failed publications are resubmitted once they are 10 s old
			this.clock.advance(Duration.ofSeconds(15));
			this.republication.resubmitFailed();
			assertThat(uploadsOf(key)).hasSize(1);
		});
		this.republication.resubmitFailed();
		assertThat(uploadsOf(key)).hasSize(1);
		assertThat(this.slack.calls("files.getUploadURLExternal"))
			.filteredOn((call) -> String.valueOf(call.get("filename")).startsWith(key + "-ml-bom"))
			.hasSize(1);
	}

	@Test
	void anUnknownInitiativeIsNotExported() {
		assertThat(command(newUser(), "bom export AI-987654").text()).contains("There is no initiative AI-987654");
		assertThat(this.slack.calls("files.getUploadURLExternal"))
			.noneMatch((call) -> String.valueOf(call.get("filename")).startsWith("AI-987654"));
	}

	// other tests' uploads (post-mortems) may still be arriving: count this export's only
	private List<Map<String, String>> uploadsOf(String key) {
		return this.slack.calls("files.completeUploadExternal")
			.stream()
			.filter((call) -> String.valueOf(call.get("initial_comment")).contains("ML-BOM of " + key + ":"))
			.toList();
	}

	private byte[] uploadedBytes() {
		List<LoggedRequest> uploads = this.slack.server()
			.findAll(postRequestedFor(urlPathMatching("/upload/.*")))
			.stream()
			.filter((upload) -> upload.getBodyAsString().contains("CycloneDX"))
			.toList();
		assertThat(uploads).hasSize(1);
		byte[] body = uploads.get(0).getBody();
		String text = new String(body, StandardCharsets.UTF_8);
		// tolerate a multipart envelope around the file's bytes
		int start = text.indexOf('{');
		int end = text.lastIndexOf('}');
		return text.substring(start, end + 1).getBytes(StandardCharsets.UTF_8);
	}

	private static Component component(Bom bom, String name) {
		return bom.getComponents().stream().filter((c) -> c.getName().equals(name)).findFirst().orElseThrow();
	}

	private void stubUploadUrl() {
		this.slack.server()
			.stubFor(WireMock.post(urlEqualTo("/api/files.getUploadURLExternal"))
				.atPriority(10)
				.willReturn(okJson("{\"ok\":true,\"upload_url\":\"" + this.slack.server().baseUrl()
						+ "/upload/F0BOM\",\"file_id\":\"F0BOM\"}")));
	}

}
