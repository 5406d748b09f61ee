package io.violet;

import io.violet.testing.MariaDbServer;

import org.springframework.boot.SpringApplication;

/**
 * Runs Violet locally: {@code ./mvnw spring-boot:test-run}. The database is the one
 * {@code SPRING_DATASOURCE_URL} names, else a MariaDB answering on 127.0.0.1:3306, else
 * an embedded MariaDB keeping its data under {@code VIOLET_DATA_DIR} (default
 * {@code ./data}); the first line says which (see {@link DevDatabase}).
 */
public final class VioletDevApplication {

	private VioletDevApplication() {
	}

	public static void main(String[] args) {
		DevDatabase database = DevDatabase.choose(System.getenv(), MariaDbServer::running,
				() -> MariaDbServer.embedded(DevDatabase.dataDir(System.getenv()),
						Integer.parseInt(System.getenv().getOrDefault("VIOLET_DB_PORT", "0"))),
				DevDatabase.os());
		System.out.println("Violet dev run: using " + database.description());
		if (database.url() != null) {
			System.setProperty("spring.datasource.url", database.url());
		}
		if (database.username() != null) {
			System.setProperty("spring.datasource.username", database.username());
		}
		if (database.password() != null) {
			System.setProperty("spring.datasource.password", database.password());
		}
		SpringApplication.from(VioletApplication::main).run(args);
	}

}
