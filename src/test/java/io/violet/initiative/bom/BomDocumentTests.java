package io.violet.initiative.bom;

import java.time.Instant;
import java.util.List;

import io.violet.initiative.InitiativeSummary;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BomDocumentTests {

	private static final InitiativeSummary INITIATIVE = new InitiativeSummary("AI-1", "Fraud", "UOWNER", "high",
			"proposed", false, false, false);

	@Test
	void anEmptyInventoryIsStillAValidBom() {
		String json = BomDocument.json(BomDocument.build(INITIATIVE, List.of(), Instant.EPOCH, "test"));
		assertThat(BomDocument.validate(json)).isEmpty();
		assertThat(json).contains("\"specVersion\" : \"1.6\"").contains("initiative:AI-1");
	}

	@Test
	void schemaViolationsAreReported() {
		String json = BomDocument.json(BomDocument.build(INITIATIVE, List.of(), Instant.EPOCH, "test"));
		String broken = json.replace("\"type\" : \"application\"", "\"type\" : \"spaceship\"");
		assertThat(broken).isNotEqualTo(json);
		assertThat(BomDocument.validate(broken)).isNotEmpty();
		assertThat(BomDocument.validate("{ not json")).isNotEmpty();
	}

	@Test
	void aModelOnlyOldVersionsKnowIsInvalidUnder14() throws Exception {
		String owner = "UOWNER";
		var draft = ComponentDraft
			.read(new ComponentDraft.Input("model", "m@1", null, null, null, null, null, null, null, null, null, null,
					null, false))
			.draft();
		BomComponent model = new BomComponent("AI-1", draft, owner, Instant.EPOCH);
		String json = BomDocument.json(BomDocument.build(INITIATIVE, List.of(model), Instant.EPOCH, "test"));
		assertThat(BomDocument.validate(json)).isEmpty();
		assertThat(new org.cyclonedx.parsers.JsonParser().validate(json.getBytes(), org.cyclonedx.Version.VERSION_14))
			.as("machine-learning-model is not a 1.4 type: the check is real")
			.isNotEmpty();
	}

}
