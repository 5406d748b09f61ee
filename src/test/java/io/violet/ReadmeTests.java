package io.violet;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's configuration section names every {@code violet.*} setting (from the
 * generated metadata) by an environment variable that really binds to it.
 */
class ReadmeTests {

	private static String configurationSection() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("## Configuration");
		int end = readme.indexOf("\n## ", start + 1);
		assertThat(start).isNotNegative();
		return readme.substring(start, end);
	}

	private static List<JsonObject> properties() throws Exception {
		List<JsonObject> all = new ArrayList<>();
		for (String file : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			try (InputStream in = new ClassPathResource(file).getInputStream()) {
				for (JsonElement p : JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
					.getAsJsonObject()
					.getAsJsonArray("properties")) {
					all.add(p.getAsJsonObject());
				}
			}
		}
		return all;
	}

	/**
	 * What {@code application.yml} sets a property from: {@code ${VARIABLE:…}} or another
	 * property.
	 */
	private static Map<String, String> placeholders() throws Exception {
		Map<String, String> placeholders = new java.util.HashMap<>();
		for (org.springframework.core.env.PropertySource<?> source : new org.springframework.boot.env.YamlPropertySourceLoader()
			.load("application", new ClassPathResource("application.yml"))) {
			org.springframework.core.env.EnumerablePropertySource<?> yml = (org.springframework.core.env.EnumerablePropertySource<?>) source;
			for (String key : yml.getPropertyNames()) {
				java.util.regex.Matcher m = Pattern.compile("^\\$\\{([^:}]+)")
					.matcher(String.valueOf(yml.getProperty(key)));
				if (m.find()) {
					placeholders.put(key, m.group(1));
				}
			}
		}
		return placeholders;
	}

	@Test
	void everySettingIsNamedByAVariableThatBinds() throws Exception {
		String section = configurationSection();
		Map<String, String> placeholders = placeholders();
		List<JsonObject> properties = properties();
		assertThat(properties).hasSizeGreaterThan(25);
		for (JsonObject property : properties) {
			String name = property.get("name").getAsString();
			if (!name.startsWith("violet.")) {
				continue;
			}
			boolean map = property.get("type").getAsString().startsWith("java.util.Map");
			String canonical = name.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
			String legacy = name.replace(".", "_").replace("-", "_").toUpperCase(Locale.ROOT);
			String placeholder = placeholders.get(name);
			if (placeholder != null && placeholder.startsWith("violet.")) {
				// set from another setting, which is checked on its own
				continue;
			}
			if (placeholder != null) {
				assertThat(section).as("README names " + placeholder + ", which sets " + name)
					.contains("`" + placeholder + "`");
				continue;
			}
			Optional<String> named = List.of(legacy, canonical)
				.stream()
				.filter((variable) -> Pattern.compile("`" + variable + (map ? "_" : "") + "[`<,]")
					.matcher(section)
					.find() || Pattern.compile("`" + variable + "`").matcher(section).find())
				.findFirst();
			assertThat(named).as("README names " + name).isPresent();
			if (!map) {
				assertThat(binds(named.get(), name)).as(named.get() + " binds to " + name).isTrue();
			}
		}
	}

	@Test
	void groupedVariablesBindToo() {
		// the rows that name several variables at once
		assertThat(binds("VIOLET_REVIEW_WORKDAY_START", "violet.review.workday-start")).isTrue();
		assertThat(binds("VIOLET_HOLIDAYS_FILE", "violet.holidays-file")).isTrue();
		assertThat(binds("VIOLET_TRAINING_PUBLIC_URL", "violet.training.public-url")).isTrue();
		assertThat(binds("VIOLET_TRAINING_PUBLIC", "violet.training.public-url")).as("a wrong name does not").isFalse();
	}

	private static boolean binds(String variable, String property) {
		StandardEnvironment environment = new StandardEnvironment();
		// under the real source's name, so that Spring maps names as it does for the
		// process environment
		environment.getPropertySources()
			.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new SystemEnvironmentPropertySource(
					StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, Map.of(variable, "x")));
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		return new Binder(ConfigurationPropertySources.get(environment)).bind(property, String.class)
			.map("x"::equals)
			.orElse(false);
	}

}
