package io.violet.incident.internal;

import java.util.List;
import java.util.Map;

import io.violet.directory.Role;
import io.violet.incident.IncidentType;
import io.violet.incident.Playbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every incident type has a playbook whose references and roles match the table in
 * CONTENT.md, and every checklist starts from the common CoSAI phases.
 */
class PlaybooksTests {

	private final Playbooks playbooks = new Playbooks();

	private static final Map<IncidentType, List<String>> REFERENCES = Map.of(IncidentType.PROMPT_INJECTION,
			List.of("AML.T0051", "AML.T0054", "AML.T0056", "LLM01", "LLM07"), IncidentType.DATA_LEAKAGE,
			List.of("AML.T0057", "AML.T0024", "LLM02", "LLM07", "ML03", "ML04"), IncidentType.DATA_POISONING,
			List.of("AML.T0020", "AML.T0070", "LLM04", "ML02", "ML10"), IncidentType.MODEL_THEFT,
			List.of("AML.T0024.002", "AML.T0048.004", "ML05"), IncidentType.EVASION,
			List.of("AML.T0015", "AML.T0043", "ML01"), IncidentType.HARMFUL_OUTPUT, List.of("NIST AI 600-1", "LLM05"),
			IncidentType.SUPPLY_CHAIN, List.of("AML.T0010", "AML.T0011.000", "AML.T0018", "LLM03", "ML06", "ML07"),
			IncidentType.HALLUCINATION, List.of("AML.T0062", "AML.T0060", "LLM09"), IncidentType.OTHER, List.of());

	private static final Map<IncidentType, List<Role>> INVITED = Map.of(IncidentType.PROMPT_INJECTION, List.of(),
			IncidentType.DATA_LEAKAGE, List.of(Role.PRIVACY, Role.LEGAL, Role.COMPLIANCE), IncidentType.DATA_POISONING,
			List.of(Role.DATA_SCIENTIST), IncidentType.MODEL_THEFT, List.of(Role.LEGAL), IncidentType.EVASION,
			List.of(), IncidentType.HARMFUL_OUTPUT, List.of(Role.ETHICS, Role.COMPLIANCE, Role.COMMS),
			IncidentType.SUPPLY_CHAIN, List.of(Role.PROCUREMENT, Role.LEGAL), IncidentType.HALLUCINATION,
			List.of(Role.COMMS, Role.LEGAL), IncidentType.OTHER, List.of());

	@Test
	void everyTypeHasAPlaybookWithItsReferencesRolesAndSources() {
		for (IncidentType type : IncidentType.values()) {
			Playbook playbook = this.playbooks.of(type);
			assertThat(playbook).as(type.key()).isNotNull();
			List<String> ids = new java.util.ArrayList<>();
			playbook.atlas().forEach((r) -> ids.add(r.id()));
			playbook.owasp().forEach((r) -> ids.add(r.id()));
			assertThat(ids).as(type.key()).containsAll(REFERENCES.get(type));
			assertThat(playbook.invite()).as(type.key()).containsExactlyInAnyOrderElementsOf(INVITED.get(type));
			assertThat(playbook.sources()).as(type.key()).isNotEmpty();
			assertThat(playbook.scenario()).as(type.key()).isNotBlank();
		}
		assertThat(this.playbooks.of(IncidentType.HARMFUL_OUTPUT).inviteWhenEmployment()).containsExactly(Role.HR);
	}

	@Test
	void everyChecklistFollowsTheCommonPhasesWithEvidenceBeforeContainment() {
		for (IncidentType type : IncidentType.values()) {
			List<String> phases = this.playbooks.of(type)
				.steps()
				.stream()
				.map(Playbook.Step::phase)
				.distinct()
				.toList();
			assertThat(phases).as(type.key())
				.containsExactly("Declare and classify", "Triage", "Preserve evidence before containment", "Contain",
						"Eradicate and recover", "Validate before redeploy", "Post-incident");
			String evidence = this.playbooks.of(type)
				.steps()
				.stream()
				.filter((s) -> s.phase().startsWith("Preserve"))
				.map(Playbook.Step::text)
				.reduce("", String::concat);
			assertThat(evidence).contains("prompts", "conversation logs", "system-prompt version", "model version",
					"hashes", "dataset versions", "vector store", "tool-call traces");
		}
		assertThat(this.playbooks.of(IncidentType.PROMPT_INJECTION).steps()).hasSizeLessThanOrEqualTo(45);
	}

}
