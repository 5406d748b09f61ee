package io.violet.initiative.bom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ComponentDraftTests {

	@Test
	void coordinatesSplitAtTheLastAt() {
		assertThat(Coordinates.parse("@acme/tokenizer@1.2.0").coordinates())
			.isEqualTo(new Coordinates("@acme/tokenizer", "1.2.0"));
		assertThat(Coordinates.parse("meta-llama/Llama-3.1-8B@main").coordinates())
			.isEqualTo(new Coordinates("meta-llama/Llama-3.1-8B", "main"));
		assertThat(Coordinates.parse("name@").problem().text()).contains("is not `<name>@<version>`");
		assertThat(Coordinates.parse("@1.0").problem()).isNotNull();
		assertThat(Coordinates.parse("bad name@1").problem().text()).contains("The name");
		assertThat(Coordinates.parse("ok@v 1").problem().text()).contains("The version");
		assertThat(Coordinates.parseNameOrCoordinates("fraud-gbm").coordinates())
			.isEqualTo(new Coordinates("fraud-gbm", ""));
	}

	@Test
	void everyProblemIsNamedAtOnce() {
		var checked = ComponentDraft.read(new ComponentDraft.Input("gadget", "x", null, "s".repeat(201), null,
				"sha256:12", "javascript:alert(1)", null, null, null, null, null, null, false));
		assertThat(checked.draft()).isNull();
		assertThat(checked.problems()).extracting(InputProblem::field)
			.containsExactlyInAnyOrder("kind", "name", "supplier", "hash", "url");
	}

	@Test
	void aHashIsStoredInLowerCase() {
		var draft = ComponentDraft
			.read(new ComponentDraft.Input("library", "lib@1", null, null, "MIT", "sha256:" + "AB".repeat(32), null,
					null, null, null, null, null, null, false))
			.draft();
		assertThat(draft).isNotNull();
		assertThat(draft.sha256()).isEqualTo("ab".repeat(32));
		assertThat(draft.outside()).isFalse();
	}

}
