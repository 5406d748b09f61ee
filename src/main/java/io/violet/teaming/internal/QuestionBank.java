package io.violet.teaming.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.violet.YamlResource;
import io.violet.teaming.Lens;
import io.violet.teaming.Threat;

import org.springframework.stereotype.Component;

/**
 * Every lens's questions and the component traits, read from {@code teaming/*.yml} and
 * checked at start-up: a missing or malformed file stops the application with a message
 * naming the file and the entry.
 */
@Component
public class QuestionBank {

	static final int TEXT_MAX = 280;

	static final int WHY_MAX = 200;

	private final Map<Lens, List<Question>> byLens = new EnumMap<>(Lens.class);

	private final Map<String, Question> byId = new LinkedHashMap<>();

	private final List<Trait> traits;

	public QuestionBank() {
		this.traits = readTraits("teaming/traits.yml");
		Set<String> vocabulary = Profile.vocabulary();
		this.traits.forEach((t) -> vocabulary.add("trait:" + t.key()));
		for (Lens lens : Lens.values()) {
			String file = "teaming/" + lens.key() + ".yml";
			List<Question> questions = readQuestions(file, lens, vocabulary);
			for (Question question : questions) {
				if (this.byId.put(question.id(), question) != null) {
					throw new IllegalStateException(file + ": question id " + question.id() + " is used twice");
				}
			}
			this.byLens.put(lens, List.copyOf(questions));
		}
	}

	public List<Trait> traits() {
		return this.traits;
	}

	public Optional<Question> question(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * Every question of a lens, in file order.
	 * @param lens the lens
	 * @return the questions
	 */
	public List<Question> all(Lens lens) {
		return this.byLens.get(lens);
	}

	/**
	 * The questions a lens asks of an initiative with these facts.
	 * @param lens the lens
	 * @param profile the initiative's facts
	 * @return the questions that apply, in file order
	 */
	public List<Question> select(Lens lens, Profile profile) {
		return this.byLens.get(lens).stream().filter((q) -> q.appliesTo(profile.facts())).toList();
	}

	/**
	 * The attack techniques an initiative with these facts is exposed to.
	 * @param profile the facts
	 * @return the threats of the security questions that apply, each with the facts that
	 * expose it
	 */
	public List<Threat> threats(Profile profile) {
		List<Threat> threats = new ArrayList<>();
		for (Question question : select(Lens.SECURITY, profile)) {
			Threat threat = question.threat();
			if (threat != null) {
				threats
					.add(new Threat(threat.name(), threat.atlas(), threat.owasp(), question.because(profile.facts())));
			}
		}
		return threats;
	}

	@SuppressWarnings("unchecked")
	private static List<Question> readQuestions(String file, Lens lens, Set<String> vocabulary) {
		Map<String, Object> yaml = read(file);
		if (!lens.key().equals(yaml.get("lens"))) {
			throw new IllegalStateException(file + " must say lens: " + lens.key());
		}
		Object entries = yaml.get("questions");
		if (!(entries instanceof List<?> list) || list.isEmpty()) {
			throw new IllegalStateException(file + ": list the lens's questions under questions:");
		}
		List<Question> questions = new ArrayList<>();
		for (Object entry : list) {
			if (!(entry instanceof Map<?, ?> map)) {
				throw new IllegalStateException(file + ": every question is a mapping");
			}
			Map<String, Object> q = (Map<String, Object>) map;
			String id = required(file, q, "id", 60);
			String where = file + " (" + id + ")";
			if (!id.matches("[a-z0-9-]+")) {
				throw new IllegalStateException(where + ": ids are lower-case letters, digits and dashes");
			}
			String text = required(where, q, "text", TEXT_MAX);
			String why = required(where, q, "why", WHY_MAX);
			String source = required(where, q, "source", 300);
			List<List<String>> when = when(where, q.get("when"), vocabulary);
			Threat threat = threat(where, q.get("threat"));
			if (threat != null && lens != Lens.SECURITY) {
				throw new IllegalStateException(where + ": only security questions carry a threat");
			}
			questions.add(new Question(id, lens, text, why, source, when, threat));
		}
		return questions;
	}

	private static List<List<String>> when(String where, @org.jspecify.annotations.Nullable Object value,
			Set<String> vocabulary) {
		if (value == null) {
			return List.of();
		}
		if (!(value instanceof List<?> alternatives) || alternatives.isEmpty()) {
			throw new IllegalStateException(where + ": when is a list of alternatives, each a list of facts");
		}
		List<List<String>> all = new ArrayList<>();
		for (Object alternative : alternatives) {
			if (!(alternative instanceof List<?> facts) || facts.isEmpty()) {
				throw new IllegalStateException(where + ": each alternative of when is a list of facts");
			}
			List<String> strings = new ArrayList<>();
			for (Object fact : facts) {
				String text = String.valueOf(fact);
				String bare = text.startsWith("!") ? text.substring(1) : text;
				if (!vocabulary.contains(bare)) {
					throw new IllegalStateException(where + ": unknown fact " + text + "; facts are " + vocabulary);
				}
				strings.add(text);
			}
			all.add(List.copyOf(strings));
		}
		return List.copyOf(all);
	}

	@SuppressWarnings("unchecked")
	private static @org.jspecify.annotations.Nullable Threat threat(String where,
			@org.jspecify.annotations.Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (!(value instanceof Map<?, ?> map)) {
			throw new IllegalStateException(where + ": threat is a mapping of name, atlas and owasp");
		}
		Map<String, Object> t = (Map<String, Object>) map;
		String name = required(where, t, "name", 100);
		List<String> atlas = strings(t.get("atlas"));
		List<String> owasp = strings(t.get("owasp"));
		atlas.stream().filter((id) -> !id.matches("AML\\.T\\d{4}(\\.\\d{3})?")).findFirst().ifPresent((id) -> {
			throw new IllegalStateException(where + ": " + id + " is not a MITRE ATLAS technique id");
		});
		owasp.stream().filter((id) -> !id.matches("(LLM|ML)(0[1-9]|10)")).findFirst().ifPresent((id) -> {
			throw new IllegalStateException(where + ": " + id + " is not an OWASP Top 10 id (LLM01…LLM10, ML01…ML10)");
		});
		if (atlas.isEmpty() && owasp.isEmpty()) {
			throw new IllegalStateException(where + ": a threat names at least one ATLAS or OWASP id");
		}
		return new Threat(name, atlas, owasp, List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<Trait> readTraits(String file) {
		Object entries = read(file).get("traits");
		if (!(entries instanceof List<?> list)) {
			throw new IllegalStateException(file + ": list the traits under traits:");
		}
		List<Trait> traits = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (Object entry : list) {
			Map<String, Object> t = (Map<String, Object>) entry;
			String key = required(file, t, "key", 40);
			if (!keys.add(key)) {
				throw new IllegalStateException(file + ": trait " + key + " is defined twice");
			}
			Set<String> kinds = new LinkedHashSet<>(strings(t.get("kinds")));
			kinds.stream().filter((k) -> !Profile.KINDS.contains(k)).findFirst().ifPresent((k) -> {
				throw new IllegalStateException(file + " (" + key + "): unknown component kind " + k);
			});
			List<String> keywords = strings(t.get("keywords"));
			if (kinds.isEmpty() || keywords.isEmpty()) {
				throw new IllegalStateException(file + " (" + key + "): a trait needs kinds and keywords");
			}
			traits.add(new Trait(key, required(file, t, "title", 80), Set.copyOf(kinds),
					keywords.stream().map((k) -> k.toLowerCase(java.util.Locale.ROOT)).toList()));
		}
		return List.copyOf(traits);
	}

	private static String required(String where, Map<String, Object> map, String field, int max) {
		Object value = map.get(field);
		if (value == null || String.valueOf(value).isBlank()) {
			throw new IllegalStateException(where + ": " + field + " is required");
		}
		String text = String.valueOf(value).strip();
		if (text.length() > max) {
			throw new IllegalStateException(where + ": " + field + " is longer than " + max + " characters");
		}
		return text;
	}

	private static List<String> strings(Object value) {
		return YamlResource.strings(value);
	}

	private static Map<String, Object> read(String path) {
		return YamlResource.mapping(path, "violet-team question file");
	}

}
