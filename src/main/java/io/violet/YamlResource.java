package io.violet;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.springframework.core.io.ClassPathResource;

/**
 * A YAML file shipped on the class path (playbooks, question banks), read with the safe
 * constructor: plain maps, lists and scalars, never arbitrary types.
 */
public final class YamlResource {

	private YamlResource() {
	}

	/**
	 * Reads a file whose top level is a mapping.
	 * @param path the class-path location
	 * @param what what the file is, for the error, e.g. {@code "incident playbook"}
	 * @return its top-level mapping
	 * @throws IllegalStateException when it is missing, unreadable or not a mapping
	 */
	@SuppressWarnings("unchecked")
	public static Map<String, Object> mapping(String path, String what) {
		ClassPathResource resource = new ClassPathResource(path);
		if (!resource.exists()) {
			throw new IllegalStateException("Missing " + what + " " + path);
		}
		try (InputStream in = resource.getInputStream()) {
			Object yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
			if (!(yaml instanceof Map)) {
				throw new IllegalStateException(Character.toUpperCase(what.charAt(0)) + what.substring(1) + " " + path
						+ " is not a YAML mapping");
			}
			return (Map<String, Object>) yaml;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + what + " " + path, ex);
		}
	}

	/**
	 * A list of scalars as text.
	 * @param value a YAML list, or null
	 * @return its items as strings; empty for null
	 */
	public static List<String> strings(Object value) {
		if (value == null) {
			return List.of();
		}
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

}
