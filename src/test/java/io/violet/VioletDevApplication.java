package io.violet;

import java.io.File;

import io.violet.testing.MariaDbServer;

import org.springframework.boot.SpringApplication;

/**
 * Runs Violet locally on an embedded MariaDB that keeps its data under
 * {@code VIOLET_DATA_DIR} (default {@code ./data}): {@code ./mvnw spring-boot:test-run}.
 */
public final class VioletDevApplication {

	private VioletDevApplication() {
	}

	public static void main(String[] args) {
		String dataDir = System.getenv().getOrDefault("VIOLET_DATA_DIR", "data");
		String port = System.getenv().getOrDefault("VIOLET_DB_PORT", "0");
		MariaDbServer server = MariaDbServer.embedded(new File(dataDir).getAbsoluteFile(), Integer.parseInt(port));
		String url = server.createDatabase("violet", false);
		System.setProperty("spring.datasource.url", url);
		System.setProperty("spring.datasource.username", server.username());
		System.setProperty("spring.datasource.password", server.password());
		SpringApplication.from(VioletApplication::main).run(args);
	}

}
