package io.violet.incident.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.violet.YamlResource;
import io.violet.directory.Role;
import io.violet.incident.IncidentType;
import io.violet.incident.Playbook;

import org.springframework.stereotype.Component;

/**
 * Every type's playbook, read and checked at start-up: a missing or malformed playbook
 * stops the application with a message naming the file.
 */
@Component
public class Playbooks {

	private final Map<IncidentType, Playbook> playbooks = new EnumMap<>(IncidentType.class);

	Playbooks() {
		Map<String, Object> common = read("playbooks/common.yml");
		for (IncidentType type : IncidentType.values()) {
			this.playbooks.put(type, parse(type, common, read("playbooks/" + type.key() + ".yml")));
		}
	}

	public Playbook of(IncidentType type) {
		return this.playbooks.get(type);
	}

	@SuppressWarnings("unchecked")
	private static Playbook parse(IncidentType type, Map<String, Object> common, Map<String, Object> yaml) {
		String file = "playbooks/" + type.key() + ".yml";
		if (!type.key().equals(yaml.get("type"))) {
			throw new IllegalStateException(file + " must say type: " + type.key());
		}
		Map<String, List<Playbook.Step>> byPhase = new LinkedHashMap<>();
		Map<String, String> phaseTitles = new LinkedHashMap<>();
		for (Map<String, Object> phase : (List<Map<String, Object>>) common.get("phases")) {
			String key = (String) phase.get("key");
			String title = (String) phase.get("title");
			phaseTitles.put(key, title);
			List<Playbook.Step> steps = new ArrayList<>();
			for (Map<String, Object> step : (List<Map<String, Object>>) phase.get("steps")) {
				steps.add(new Playbook.Step(title, (String) step.get("text"), strings(step.get("refs"))));
			}
			byPhase.put(key, steps);
		}
		for (Map<String, Object> step : (List<Map<String, Object>>) yaml.getOrDefault("steps", List.of())) {
			String phase = (String) step.get("phase");
			if (!byPhase.containsKey(phase)) {
				throw new IllegalStateException(file + ": unknown phase " + phase + "; phases are " + byPhase.keySet());
			}
			byPhase.get(phase)
				.add(new Playbook.Step(phaseTitles.get(phase), (String) step.get("text"), strings(step.get("refs"))));
		}
		List<Playbook.Step> steps = byPhase.values().stream().flatMap(List::stream).toList();
		steps.forEach((s) -> {
			if (s.text() == null || s.text().isBlank() || s.text().length() > 500) {
				throw new IllegalStateException(file + ": every step needs a text of at most 500 characters");
			}
		});
		String scenario = (String) yaml.get("scenario");
		if (scenario == null || scenario.isBlank()) {
			throw new IllegalStateException(file + ": a drill scenario is required");
		}
		List<String> sources = strings(yaml.get("sources"));
		if (sources.isEmpty()) {
			throw new IllegalStateException(file + ": name the sources");
		}
		return new Playbook(type, references(yaml.get("atlas")), references(yaml.get("owasp")),
				roles(file, yaml.get("invite")), roles(file, yaml.get("invite-when-employment")), scenario, steps,
				sources);
	}

	@SuppressWarnings("unchecked")
	private static List<Playbook.Reference> references(Object value) {
		List<Playbook.Reference> refs = new ArrayList<>();
		for (Map<String, Object> ref : (value != null) ? (List<Map<String, Object>>) value
				: List.<Map<String, Object>>of()) {
			refs.add(new Playbook.Reference(String.valueOf(ref.get("id")), String.valueOf(ref.get("name"))));
		}
		return List.copyOf(refs);
	}

	private static List<Role> roles(String file, Object value) {
		return strings(value).stream()
			.map((key) -> Role.fromKey(key)
				.orElseThrow(() -> new IllegalStateException(file + ": unknown role " + key)))
			.toList();
	}

	private static List<String> strings(Object value) {
		return YamlResource.strings(value);
	}

	private static Map<String, Object> read(String path) {
		return YamlResource.mapping(path, "incident playbook");
	}

}
