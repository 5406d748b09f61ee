package io.violet.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.violet.directory.Role;

/**
 * A topic as an admin entered it, validated.
 *
 * @param key the key
 * @param title the title
 * @param description what it covers
 * @param audience {@code all-staff} or role keys separated by commas
 * @param cadence how often
 * @param dueOnJoining whether due as soon as someone joins the audience
 * @param source the basis
 */
public record TopicDraft(String key, String title, String description, String audience, Cadence cadence,
		boolean dueOnJoining, String source) {

	private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/**
	 * Checks what an admin typed; every problem is named with its field.
	 * @param key the key
	 * @param title the title
	 * @param description the description
	 * @param audience the audience words (role keys or {@code all-staff})
	 * @param cadence the cadence text
	 * @param dueOnJoining whether due on joining
	 * @param source the source
	 * @return the draft or the problems by field
	 */
	public static Result of(String key, String title, String description, List<String> audience, String cadence,
			boolean dueOnJoining, String source) {
		List<Problem> problems = new ArrayList<>();
		String k = key.trim().toLowerCase(Locale.ROOT);
		if (!KEY.matcher(k).matches() || k.length() > 40) {
			problems.add(
					new Problem("key", "Use lowercase letters, digits and dashes (at most 40), e.g. `prompt-safety`."));
		}
		if (title.isBlank() || title.length() > 150) {
			problems.add(new Problem("title", "Give a title of at most 150 characters."));
		}
		if (description.length() > 1000) {
			problems.add(new Problem("description", "Keep the description under 1,000 characters."));
		}
		Set<String> roles = new LinkedHashSet<>();
		boolean allStaff = false;
		for (String word : audience) {
			String w = word.trim().toLowerCase(Locale.ROOT);
			if (w.isEmpty()) {
				continue;
			}
			if (w.equals(Topic.ALL_STAFF)) {
				allStaff = true;
				continue;
			}
			Optional<Role> role = Role.fromKey(w);
			if (role.isEmpty()) {
				problems.add(new Problem("audience", "Unknown role `" + w + "`. Roles: " + Role.allKeys()));
				break;
			}
			roles.add(role.get().key());
		}
		if (!allStaff && roles.isEmpty()) {
			problems.add(new Problem("audience", "Pick all staff or at least one role."));
		}
		Optional<Cadence> parsed = Cadence.parse(cadence);
		if (parsed.isEmpty()) {
			problems.add(new Problem("cadence", "Use " + Cadence.FORMS + "."));
		}
		if (source.length() > 300) {
			problems.add(new Problem("source", "Keep the source under 300 characters."));
		}
		if (!problems.isEmpty()) {
			return new Result(null, problems);
		}
		String audienceKeys = allStaff ? Topic.ALL_STAFF : String.join(",", roles);
		return new Result(new TopicDraft(k, title.strip(), description.strip(), audienceKeys, parsed.orElseThrow(),
				dueOnJoining, source.strip()), List.of());
	}

	/**
	 * A checked draft or what is wrong with it.
	 *
	 * @param draft the draft when valid
	 * @param problems the problems, by field
	 */
	public record Result(@org.jspecify.annotations.Nullable TopicDraft draft, List<Problem> problems) {

	}

	/**
	 * A problem with one field.
	 *
	 * @param field the field
	 * @param message what is wrong and the right form
	 */
	public record Problem(String field, String message) {

	}

}
