package io.violet;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class YamlResourceTests {

	@Test
	void aMappingIsReadAndItsListsAsText() {
		Map<String, Object> read = YamlResource.mapping("yaml/mapping.yml", "test file");
		assertThat(read).containsEntry("name", "x");
		assertThat(YamlResource.strings(read.get("items"))).containsExactly("1", "b");
		assertThat(YamlResource.strings(read.get("absent"))).isEmpty();
	}

	@Test
	void aMissingFileOrOneThatIsNotAMappingIsRefusedByWhatItIs() {
		assertThatIllegalStateException().isThrownBy(() -> YamlResource.mapping("yaml/none.yml", "incident playbook"))
			.withMessage("Missing incident playbook yaml/none.yml");
		assertThatIllegalStateException().isThrownBy(() -> YamlResource.mapping("yaml/list.yml", "incident playbook"))
			.withMessage("Incident playbook yaml/list.yml is not a YAML mapping");
	}

}
