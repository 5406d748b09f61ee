package io.violet.initiative.bom;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * A component to add to an ML-BOM, checked field by field. The slash command and the
 * modal both fill an {@link Input}; {@link #read(Input)} names every problem at once so
 * the user can fix them in one go.
 *
 * @param kind what it is
 * @param coordinates its name and version
 * @param supplier who supplies it (an outside component), or null for an in-house one
 * @param license its license (an SPDX id or a name), or null
 * @param sha256 its SHA-256 in lower-case hex, or null
 * @param url where it comes from, or null
 * @param approach a model's training approach, or null
 * @param task a model's task, or null
 * @param datasetsUsed the datasets a model was trained or evaluated on
 * @param limitations a model's known limitations, or null
 * @param ethicalConsiderations a model's ethical considerations, or null
 * @param provenance where a dataset comes from, or null
 * @param personalData whether a dataset contains personal data
 */
public record ComponentDraft(ComponentKind kind, Coordinates coordinates, @Nullable String supplier,
		@Nullable String license, @Nullable String sha256, @Nullable String url, @Nullable ModelApproach approach,
		@Nullable String task, List<String> datasetsUsed, @Nullable String limitations,
		@Nullable String ethicalConsiderations, @Nullable String provenance, boolean personalData) {

	public static final int SUPPLIER_MAX = 200;

	public static final int LICENSE_MAX = 100;

	public static final int URL_MAX = 1000;

	public static final int TASK_MAX = 200;

	public static final int DATASETS_MAX = 1000;

	public static final int LONG_TEXT_MAX = 2000;

	public static final int PROVENANCE_MAX = 1000;

	private static final Pattern SHA256 = Pattern.compile("sha256:([0-9a-fA-F]{64})");

	private static final Pattern LICENSE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+() -]*");

	public ComponentDraft {
		datasetsUsed = List.copyOf(datasetsUsed);
	}

	public boolean outside() {
		return this.supplier != null;
	}

	/**
	 * Checks raw input.
	 * @param input what the user typed or entered
	 * @return the draft, or every problem found
	 */
	public static Checked read(Input input) {
		List<InputProblem> problems = new ArrayList<>();
		ComponentKind kind = ComponentKind.fromKey(input.kind().strip()).orElse(null);
		if (kind == null) {
			problems.add(InputProblem.quoting("kind", "The type ", input.kind().strip(), 40,
					" is not one of `" + ComponentKind.allKeys() + "`."));
		}
		Coordinates.Read coordinates = input.version() == null ? Coordinates.parse(input.coordinates())
				: Coordinates.check(input.coordinates(), input.version());
		if (coordinates.problem() != null) {
			problems.add(coordinates.problem());
		}
		String supplier = text(input.supplier(), "supplier", "supplier", SUPPLIER_MAX, problems);
		String license = text(input.license(), "license", "license", LICENSE_MAX, problems);
		if (license != null && !LICENSE.matcher(license).matches()) {
			problems.add(InputProblem.quoting("license", "The license ", license, 60,
					" is not valid: give an SPDX id such as `Apache-2.0` or a license name."));
		}
		String sha256 = null;
		String hash = blankToNull(input.hash());
		if (hash != null) {
			var matcher = SHA256.matcher(hash);
			if (matcher.matches()) {
				sha256 = matcher.group(1).toLowerCase(Locale.ROOT);
			}
			else {
				problems.add(InputProblem.quoting("hash", "The hash ", hash, 80, " is not `sha256:<64 hex digits>`."));
			}
		}
		String url = blankToNull(input.url());
		if (url != null && !validUrl(url)) {
			problems.add(InputProblem.quoting("url", "The URL ", url, 80,
					" is not an http(s) URL of at most " + URL_MAX + " characters."));
		}
		ModelApproach approach = null;
		String approachText = blankToNull(input.approach());
		if (approachText != null) {
			approach = ModelApproach.fromKey(approachText).orElse(null);
			if (approach == null) {
				problems.add(InputProblem.quoting("approach", "The approach ", approachText, 40,
						" is not one of " + ModelApproach.allKeys() + "."));
			}
		}
		String task = text(input.task(), "task", "task", TASK_MAX, problems);
		String datasetsText = text(input.datasetsUsed(), "datasets", "datasets list", DATASETS_MAX, problems);
		List<String> datasets = (datasetsText == null) ? List.of()
				: Arrays.stream(datasetsText.split(",")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
		String limitations = text(input.limitations(), "limitations", "limitations", LONG_TEXT_MAX, problems);
		String ethics = text(input.ethicalConsiderations(), "ethics", "ethical considerations", LONG_TEXT_MAX,
				problems);
		String provenance = text(input.provenance(), "provenance", "provenance", PROVENANCE_MAX, problems);
		if (kind != null && kind != ComponentKind.MODEL && (approachText != null || task != null || datasetsText != null
				|| limitations != null || ethics != null)) {
			problems.add(InputProblem.of("approach",
					"Model-card facts (approach, task, datasets, limitations, ethical considerations) "
							+ "belong to models only; this is a " + kind.key() + "."));
		}
		if (kind != null && kind != ComponentKind.DATASET && (provenance != null || input.personalData())) {
			problems.add(InputProblem.of("provenance",
					"Provenance and personal data belong to datasets only; this is a " + kind.key() + "."));
		}
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		return new Checked(new ComponentDraft(kind, coordinates.coordinates(), supplier, license, sha256, url, approach,
				task, datasets, limitations, ethics, provenance, input.personalData()), List.of());
	}

	private static @Nullable String text(@Nullable String value, String field, String what, int max,
			List<InputProblem> problems) {
		String text = blankToNull(value);
		if (text != null && text.length() > max) {
			problems.add(InputProblem.of(field,
					"The " + what + " is too long: at most " + max + " characters, not " + text.length() + "."));
		}
		return text;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static boolean validUrl(String url) {
		if (url.length() > URL_MAX) {
			return false;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme();
			return ("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme)) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	/**
	 * Raw input from the command or the modal; any field may be null or blank.
	 *
	 * @param kind the type as typed
	 * @param coordinates {@code name@version}, or the name alone when {@code version} is
	 * given apart
	 * @param version the version, or null when it is part of {@code coordinates}
	 * @param supplier the supplier
	 * @param license the license
	 * @param hash {@code sha256:<hex>}
	 * @param url the URL
	 * @param approach a model's approach
	 * @param task a model's task
	 * @param datasetsUsed comma-separated dataset names
	 * @param limitations known limitations
	 * @param ethicalConsiderations ethical considerations
	 * @param provenance a dataset's provenance
	 * @param personalData whether a dataset contains personal data
	 */
	public record Input(String kind, String coordinates, @Nullable String version, @Nullable String supplier,
			@Nullable String license, @Nullable String hash, @Nullable String url, @Nullable String approach,
			@Nullable String task, @Nullable String datasetsUsed, @Nullable String limitations,
			@Nullable String ethicalConsiderations, @Nullable String provenance, boolean personalData) {

	}

	/**
	 * A checked draft, or the problems with it.
	 *
	 * @param draft the draft, null when there are problems
	 * @param problems what was wrong
	 */
	public record Checked(@Nullable ComponentDraft draft, List<InputProblem> problems) {

	}

}
