package io.violet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code violet.*} setting has metadata with a description (what IDEs complete and
 * {@code /actuator/configprops} shows): each component of each settings record, and each
 * {@code violet.*} key that {@code application.yml} sets.
 */
class ConfigurationMetadataTests {

	private static Map<String, JsonObject> metadata() throws IOException {
		Map<String, JsonObject> properties = new HashMap<>();
		for (String file : List.of("META-INF/spring-configuration-metadata.json",
				"META-INF/additional-spring-configuration-metadata.json")) {
			try (InputStream in = new ClassPathResource(file).getInputStream()) {
				JsonObject root = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8))
					.getAsJsonObject();
				for (JsonElement property : root.getAsJsonArray("properties")) {
					properties.put(property.getAsJsonObject().get("name").getAsString(), property.getAsJsonObject());
				}
			}
		}
		return properties;
	}

	private static String kebab(String name) {
		return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
	}

	@Test
	void everySettingsRecordComponentIsDescribed() throws Exception {
		Map<String, JsonObject> metadata = metadata();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Set<String> expected = new LinkedHashSet<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.violet")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (!type.getName().startsWith("io.violet.") || type.getName().contains("Tests")) {
				continue;
			}
			assertThat(type.isRecord()).as(type + " is a record").isTrue();
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			for (RecordComponent component : type.getRecordComponents()) {
				expected.add(prefix + "." + kebab(component.getName()));
			}
		}
		assertThat(expected).as("settings records found").hasSizeGreaterThan(20);
		for (String name : expected) {
			assertThat(metadata).as("metadata of " + name).containsKey(name);
			JsonElement description = metadata.get(name).get("description");
			assertThat(description).as("description of " + name).isNotNull();
			assertThat(description.getAsString()).as("description of " + name).isNotBlank();
		}
	}

	@Test
	void eachSettingsRecordHasAPrefixOfItsOwn() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Map<String, String> owners = new HashMap<>();
		for (BeanDefinition candidate : scanner.findCandidateComponents("io.violet")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			if (type.getName().contains("Tests")) {
				continue;
			}
			String prefix = type.getAnnotation(ConfigurationProperties.class).value();
			String earlier = owners.putIfAbsent(prefix, type.getName());
			assertThat(earlier).as("%s binds %s, as %s does", type.getName(), prefix, earlier).isNull();
		}
		assertThat(owners).containsEntry("violet", VioletSettings.class.getName());
	}

	@Test
	void everyVioletKeyOfTheApplicationYamlIsKnown() throws Exception {
		Map<String, JsonObject> metadata = metadata();
		List<PropertySource<?>> sources = new YamlPropertySourceLoader().load("application",
				new ClassPathResource("application.yml"));
		Set<String> keys = new LinkedHashSet<>();
		for (PropertySource<?> source : sources) {
			for (String key : ((EnumerablePropertySource<?>) source).getPropertyNames()) {
				if (key.startsWith("violet.")) {
					keys.add(key);
				}
			}
		}
		assertThat(keys).isNotEmpty();
		for (String key : keys) {
			// map and nested entries (violet.incident.clocks.gdpr-art33.deadline) are
			// described by their map property
			boolean known = metadata.keySet()
				.stream()
				.anyMatch((name) -> key.equals(name) || key.startsWith(name + "."));
			assertThat(known).as("metadata for " + key).isTrue();
		}
	}

}
