package io.violet.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of AI incident Violet has a playbook for.
 */
public enum IncidentType {

	PROMPT_INJECTION("prompt-injection", "Prompt injection",
			"Crafted input or retrieved content steered the model: jailbreaks, system-prompt extraction, tool misuse."),

	DATA_LEAKAGE("data-leakage", "Data leakage",
			"The model or its pipeline disclosed data it should not: personal data, secrets, training data."),

	DATA_POISONING("data-poisoning", "Data poisoning",
			"Training, fine-tuning or retrieval data was tampered with to change the model's behaviour."),

	MODEL_THEFT("model-theft", "Model theft",
			"Model weights or behaviour were copied: stolen artifacts or extraction through the API."),

	EVASION("evasion", "Evasion", "Adversarial inputs made a model miss what it should catch or misclassify."),

	HARMFUL_OUTPUT("harmful-output", "Harmful output",
			"Biased, toxic, dangerous or discriminatory output or decisions reached people."),

	SUPPLY_CHAIN("supply-chain", "Supply chain",
			"A model, dataset, library or service we depend on was compromised or unsafe."),

	HALLUCINATION("hallucination", "Hallucination",
			"Confidently wrong output caused harm or was acted upon: invented facts, packages, citations."),

	OTHER("other", "Other", "Any other AI security, safety or privacy problem.");

	private final String key;

	private final String title;

	private final String definition;

	IncidentType(String key, String title, String definition) {
		this.key = key;
		this.title = title;
		this.definition = definition;
	}

	public String key() {
		return this.key;
	}

	public String title() {
		return this.title;
	}

	public String definition() {
		return this.definition;
	}

	public static Optional<IncidentType> fromKey(String key) {
		String wanted = key.trim().toLowerCase(Locale.ROOT);
		return Arrays.stream(values()).filter((t) -> t.key.equals(wanted)).findFirst();
	}

	public static String allKeys() {
		return Arrays.stream(values()).map(IncidentType::key).collect(Collectors.joining(" "));
	}

}
